#!/usr/bin/env python3
"""Check that residency and Cedar deny exactly the same requests.

    compare.py requests.tsv findings.json

findings.json is `residency check -f json` over the plan tsv2plan.py made from
requests.tsv.  A request is denied by residency when some non-waived finding of
severity error names its flow (flow name = line number).  Compares the deny set
with the `expected` column and the violated rules with `cedar_reasons` (Cedar's
@ids, '-' written '_' in RPL).  Prints one summary line; exit 1 on any mismatch.
"""
import json
import sys


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: compare.py requests.tsv findings.json")
    expected = {}
    with open(argv[1], encoding="ascii") as f:
        for lineno, line in enumerate(f, 1):
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            reasons = set() if fields[6] == "-" else {r.replace("-", "_") for r in fields[6].split(",")}
            expected[str(lineno)] = (fields[5], reasons)
    with open(argv[2], encoding="utf-8") as f:
        report = json.load(f)
    got = {}
    for fd in report["findings"]:
        if fd.get("kind") != "transfer" or fd.get("status") != "violation":
            sys.exit(f"unexpected finding: {fd.get('rule')} {fd.get('kind')} {fd.get('status')}")
        name = fd["fact"]["name"]
        if name not in expected:
            sys.exit(f"finding for unknown flow {name!r}")
        got.setdefault(name, set()).add(fd["rule"])
    bad_verdict = bad_reason = 0
    for name, (verdict, reasons) in expected.items():
        mine = got.get(name, set())
        if (verdict == "deny") != bool(mine):
            bad_verdict += 1
            if bad_verdict <= 5:
                print(f"verdict differs on line {name}: cedar {verdict}, residency {sorted(mine) or 'allow'}")
        elif mine != reasons:
            bad_reason += 1
            if bad_reason <= 5:
                print(f"rules differ on line {name}: cedar {sorted(reasons)}, residency {sorted(mine)}")
    denies = sum(1 for v, _ in expected.values() if v == "deny")
    print(f"requests {len(expected)}  cedar denies {denies}  residency denies {len(got)}  "
          f"verdict mismatches {bad_verdict}  rule mismatches {bad_reason}")
    sys.exit(1 if bad_verdict or bad_reason else 0)


if __name__ == "__main__":
    main(sys.argv)
