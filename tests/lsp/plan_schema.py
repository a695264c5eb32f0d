#!/usr/bin/env python3
"""plan_schema.py — docs/plan.schema.json against the repository's plans.

Every YAML plan under tests/ and examples/ that `residency check` accepts
must validate; every plan the loader rejects for its keys or types
(tests/plans/bad-keys.yaml, tests/e2e/data/typo-plan.yaml) must not.  Plans are read with a YAML loader
that keeps dates as strings, as residency does.  Prints 'N passed, N failed'.
"""
import glob, json, os, sys
import yaml, jsonschema

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


class Loader(yaml.SafeLoader):
    pass


# timestamps stay strings (residency reads dates itself)
Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}

schema = json.load(open(os.path.join(ROOT, "docs", "plan.schema.json")))
validator = jsonschema.Draft202012Validator(schema)
jsonschema.Draft202012Validator.check_schema(schema)

# plans written with wrong keys or types, on purpose
bad = [os.path.join(ROOT, f) for f in ("tests/plans/bad-keys.yaml", "tests/e2e/data/typo-plan.yaml",
                                        "tests/e2e/data/subprocessors-bad.yaml")]
good = []
for pat in ("examples/**/*.yaml", "tests/plans/*.yaml", "tests/e2e/data/*.yaml", "tests/lsp/*.yaml"):
    for f in sorted(glob.glob(os.path.join(ROOT, pat), recursive=True)):
        if f in bad:
            continue
        with open(f, encoding="utf-8") as fh:
            text = fh.read()
        # only plans: a mapping with stores, flows or waivers (skip classes files, CI configs)
        try:
            doc = yaml.load(text, Loader=Loader)
        except yaml.YAMLError:
            continue
        if isinstance(doc, dict) and ({"stores", "flows", "waivers"} & set(doc)) and \
                not ({"on", "jobs", "stages", "repos", "runs", "inputs"} & set(doc)):
            good.append(f)
passed = failed = 0
for f in good:
    doc = yaml.load(open(f, encoding="utf-8"), Loader=Loader)
    errs = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    if errs:
        failed += 1
        print("FAIL %s: %s at %s" % (os.path.relpath(f, ROOT), errs[0].message, list(errs[0].path)))
    else:
        passed += 1
for f in bad:
    doc = yaml.load(open(f, encoding="utf-8"), Loader=Loader)
    if validator.is_valid(doc):
        failed += 1
        print("FAIL %s: the schema accepts a plan the loader rejects" % os.path.relpath(f, ROOT))
    else:
        passed += 1
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
