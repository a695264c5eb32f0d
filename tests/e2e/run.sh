#!/bin/sh
# run.sh RESIDENCY — golden end-to-end tests of the command line.
#
# Each tests/e2e/*.t file is one case:
#   $ residency ARGS...          (first line: the command, run from the repo root
#                                 with `residency` replaced by the binary under test)
#   expected standard output
#   --- stderr
#   expected standard error
#   --- exit N
# UPDATE=1 rewrites the files from the actual output (review the diff).
set -u
bin=${1:-build/residency}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for t in tests/e2e/*.t; do
	[ -f "$t" ] || continue
	cmd=$(head -n 1 "$t" | sed 's/^\$ //')
	# expected parts
	awk -v o="$tmp/exp.out" -v e="$tmp/exp.err" -v x="$tmp/exp.exit" '
		NR == 1 { part = "out"; next }
		/^--- stderr$/ { part = "err"; next }
		/^--- exit / { print $3 > x; part = "none"; next }
		part == "out" { print > o }
		part == "err" { print > e }
	' "$t"
	touch "$tmp/exp.out" "$tmp/exp.err" "$tmp/exp.exit"
	# run: `residency` at the start of the command or after a pipe/semicolon
	(
		residency() { "$bin" "$@"; }
		unset RESIDENCY_PATH
		export TZ=UTC NO_COLOR=1
		eval "$cmd"
	) >"$tmp/out" 2>"$tmp/err" </dev/null
	code=$?
	if [ "${UPDATE:-}" = 1 ]; then
		{ printf '$ %s\n' "$cmd"; cat "$tmp/out"; echo "--- stderr"; cat "$tmp/err"; echo "--- exit $code"; } >"$t"
		passed=$((passed + 1))
		continue
	fi
	if cmp -s "$tmp/out" "$tmp/exp.out" && cmp -s "$tmp/err" "$tmp/exp.err" &&
	   [ "$code" = "$(cat "$tmp/exp.exit")" ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL $t (exit $code, expected $(cat "$tmp/exp.exit"))"
		diff -u "$tmp/exp.out" "$tmp/out" | sed 's/^/  out: /' | head -n 40
		diff -u "$tmp/exp.err" "$tmp/err" | sed 's/^/  err: /' | head -n 40
	fi
	rm -f "$tmp/exp.out" "$tmp/exp.err" "$tmp/exp.exit"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
