#!/bin/sh
# reports.sh RESIDENCY — the real command line's reports, end to end.
#
# Checks the example plan in every format: the exit status is 0 or 1 (a
# verdict, never trouble), the output is byte-identical on a second run,
# json validates against docs/report-schema.json, sarif against the OASIS
# SARIF 2.1.0 schema (tests/data/), codequality against GitLab's documented
# fields (tests/data/codequality-schema.json, and unique fingerprints),
# junit is well-formed XML and has no <failure> below --fail-on; every
# library rule's SARIF helpUri anchor is in docs/policies.md.  Schema
# checks are skipped (not failed) when python3 jsonschema is missing.
# Ends with "N passed, N failed".
set -u
bin=${1:-build/residency}
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { passed=$((passed + 1)); }
ko() { echo "FAIL: $*"; failed=$((failed + 1)); }

sarif_schema=
for s in tests/data/sarif-schema-2.1.0.json; do
	[ -r "$s" ] && { sarif_schema=$s; break; }
done
have_js=0
python3 -c 'import jsonschema' >/dev/null 2>&1 && have_js=1

for fmt in text json sarif junit github markdown codequality html; do
	out=$tmp/out.$fmt
	"$bin" check -p examples/acme.rpl -f "$fmt" --color never examples/plan.yaml >"$out" 2>"$tmp/err"
	rc=$?
	if [ $rc -gt 1 ]; then
		ko "$fmt: exit status $rc"; cat "$tmp/err"; continue
	fi
	ok
	"$bin" check -p examples/acme.rpl -f "$fmt" --color never examples/plan.yaml >"$out.2" 2>/dev/null
	if cmp -s "$out" "$out.2"; then ok; else ko "$fmt: output differs between two runs"; fi
	case $fmt in
	json)
		if [ $have_js = 1 ]; then
			if python3 tests/validate.py "$out" docs/report-schema.json; then ok; else ko "json: schema"; fi
		fi
		# summary.passed agrees with the exit status
		want=true; [ $rc -eq 1 ] && want=false
		if grep -q "\"passed\": $want}" "$out"; then ok; else ko "json: summary.passed is not $want"; fi
		;;
	sarif)
		if [ $have_js = 1 ] && [ -n "$sarif_schema" ]; then
			if python3 tests/validate.py "$out" "$sarif_schema"; then ok; else ko "sarif: schema"; fi
		fi
		;;
	codequality)
		if [ $have_js = 1 ]; then
			if python3 tests/validate.py "$out" tests/data/codequality-schema.json; then ok; else ko "codequality: schema"; fi
		fi
		n=$(grep -c '"fingerprint"' "$out")
		u=$(grep '"fingerprint"' "$out" | sort -u | wc -l)
		if [ "$n" -gt 0 ] && [ "$n" -eq "$u" ]; then ok; else ko "codequality: $n fingerprints, $u distinct"; fi
		;;
	junit)
		if command -v python3 >/dev/null 2>&1; then
			if python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$out"; then
				ok
			else
				ko "junit: not well-formed XML"
			fi
		fi
		;;
	esac
done

# JUnit below --fail-on: passing testcases, the text in <system-out>
"$bin" check -p examples/acme.rpl -f junit --fail-on never examples/plan.yaml >"$tmp/j" 2>/dev/null
if [ $? -eq 0 ] && ! grep -q '<failure' "$tmp/j" && grep -q '<system-out>' "$tmp/j"; then ok; else
	ko "junit --fail-on never: a <failure>, or no <system-out>"; fi

# fingerprints do not depend on how the plan is named
"$bin" check -p examples/acme.rpl -f sarif ./examples/plan.yaml 2>/dev/null | grep residencyFinding >"$tmp/f1"
"$bin" check -p examples/acme.rpl -f sarif "$(pwd)/examples//plan.yaml" 2>/dev/null | grep residencyFinding >"$tmp/f2"
if [ -s "$tmp/f1" ] && cmp -s "$tmp/f1" "$tmp/f2"; then ok; else ko "sarif: fingerprints differ for ./x and \$PWD/x"; fi

# every library rule's helpUri anchor exists in docs/policies.md
"$bin" check -f sarif --fail-on never --as-of 2026-11-28 tests/e2e/data/clean-plan.yaml 2>/dev/null |
	sed -n 's/.*"helpUri": ".*policies\.md#\([a-z_0-9]*\)".*/\1/p' >"$tmp/anchors"
if [ -s "$tmp/anchors" ]; then ok; else ko "sarif: no helpUri"; fi
while read -r a; do
	if grep -q "<a id=\"$a\"></a>" docs/policies.md; then ok; else ko "docs/policies.md has no anchor for rule $a (SARIF helpUri)"; fi
done <"$tmp/anchors"

# -q: only the summary line
"$bin" check -p examples/acme.rpl -q examples/plan.yaml >"$tmp/q" 2>/dev/null
if [ "$(wc -l <"$tmp/q")" -eq 1 ] && grep -q ' checked' "$tmp/q"; then ok; else ko "-q prints more than the summary"; fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
