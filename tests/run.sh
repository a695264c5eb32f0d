#!/bin/sh
# run.sh BUILD — run every test suite against BUILD (build or build/asan) and
# end with one line "N passed, N failed" (the sum over all suites).
# Each suite prints its own results; this script only adds them up.
set -u
B=${1:-build}
top=$(pwd)
case $B in /*) ;; *) B="$top/$B" ;; esac
export RESIDENCY="$B/residency"
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# count SUITE-NAME COMMAND...: run, show output, add up its counts
count() {
	name=$1
	shift
	echo "== $name"
	"$@" >"$log" 2>&1
	rc=$?
	cat "$log"
	p=$(sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\1/p' "$log" | tail -n 1)
	f=$(sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\2/p' "$log" | tail -n 1)
	if [ -z "$p" ]; then
		# cmocka: "[  PASSED  ] N test(s)." / "[  FAILED  ] N test(s), listed below:"
		p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
		f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -n 1)
	fi
	if [ -z "$p" ]; then
		if [ $rc -eq 0 ]; then p=1; f=0; else p=0; f=1; fi
	fi
	f=${f:-0}
	if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "!! $name exited with status $rc"
		f=1
	fi
	passed=$((passed + p))
	failed=$((failed + f))
}

for t in "$B"/tests/test_*; do
	[ -x "$t" ] || continue
	count "unit $(basename "$t")" "$t"
done

[ -x tests/cases/run.sh ] && count "compiler golden cases" sh tests/cases/run.sh "$RESIDENCY"
[ -x tests/e2e/run.sh ] && count "command-line golden cases" sh tests/e2e/run.sh "$RESIDENCY"
[ -d policies ] && [ -n "$(find policies -name '*.rpl' 2>/dev/null)" ] && \
	count "standard library tests" "$RESIDENCY" test policies/
[ -d examples ] && [ -n "$(find examples -name '*.rpl' 2>/dev/null)" ] && \
	count "example policy tests" "$RESIDENCY" test examples/
for s in tests/suites/*.sh; do
	[ -f "$s" ] || continue
	count "$(basename "$s" .sh)" sh "$s" "$RESIDENCY"
done

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
