#!/bin/sh
# reports.sh RESIDENCY — the real command line's reports, end to end.
#
# Checks the example plan in every format: the exit status is 0 or 1 (a
# verdict, never trouble), the output is byte-identical on a second run,
# json validates against docs/report-schema.json, sarif against the OASIS
# SARIF 2.1.0 schema (tests/data/), junit is well-formed XML.  Schema
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

for fmt in text json sarif junit github markdown html; do
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

# -q: only the summary line
"$bin" check -p examples/acme.rpl -q examples/plan.yaml >"$tmp/q" 2>/dev/null
if [ "$(wc -l <"$tmp/q")" -eq 1 ] && grep -q ' checked' "$tmp/q"; then ok; else ko "-q prints more than the summary"; fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
