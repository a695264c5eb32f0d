#!/bin/sh
# tests/cases/run.sh BINARY [ARGS...] — the compiler's golden cases.
#
#   ok/*.rpl          must compile clean: exit 0 and no "error:" on stderr
#   errors/NAME.rpl   must exit 2 with exactly errors/NAME.err on stderr
#                     (a CLI summary line "N errors, M warnings" is ignored)
#
# The command is BINARY ARGS... FILE; a bare `residency` binary gets `lint`
# (residency lint FILE).  Until the CLI's lint works, the cases fall back on
# tests/cases/lintdrv.c (built next to BINARY).  Error cases run from inside
# errors/, so file names in the expected output are bare (NAME.rpl).
# UPDATE=1 rewrites the .err files from the current output.
# Ends with "N passed, N failed"; exits non-zero on any failure.
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
[ $# -ge 1 ] || { echo "usage: $0 BINARY [ARGS...]" >&2; exit 3; }

abspath() { case $1 in /*) echo "$1" ;; *) echo "$(pwd)/$1" ;; esac; }
bin=$(abspath "$1")
shift
if [ $# -eq 0 ] && [ "$(basename "$bin")" = residency ]; then
	set -- lint
	# the CLI's lint must reject a broken file with status 2; else use lintdrv
	probe=$(mktemp)
	printf 'region X = Y\n' >"$probe"
	"$bin" lint "$probe" >/dev/null 2>&1
	rc=$?
	rm -f "$probe"
	if [ $rc -ne 2 ]; then
		bdir=$(dirname "$bin")
		drv="$bdir/lintdrv"
		if [ ! -x "$drv" ] || [ "$here/lintdrv.c" -nt "$drv" ] || [ "$bdir/libresidency.a" -nt "$drv" ]; then
			${CC:-cc} -std=c11 -O1 -g -D_DEFAULT_SOURCE $(case $bdir in *asan*) echo "-fsanitize=address,undefined";; esac) \
				-I"$top/include" -I"$top/src" -I"$bdir/gen" -o "$drv" "$here/lintdrv.c" "$bdir/libresidency.a" \
				$(pkg-config --libs libcyaml yaml-0.1 jansson 2>/dev/null) -lm || exit 3
		fi
		echo "(residency lint not available yet: using $drv)"
		bin=$drv
		set --
	fi
fi

passed=0
failed=0
out=$(mktemp)
trap 'rm -f "$out" "$out.raw"' EXIT

for f in "$here"/ok/*.rpl; do
	[ -f "$f" ] || continue
	name=ok/$(basename "$f")
	(cd "$here/ok" && "$bin" "$@" "$(basename "$f")") >/dev/null 2>"$out"
	rc=$?
	if [ $rc -eq 0 ] && ! grep -q 'error:' "$out"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL $name (exit $rc)"
		sed 's/^/    /' "$out"
	fi
done

for f in "$here"/errors/*.rpl; do
	[ -f "$f" ] || continue
	base=$(basename "$f" .rpl)
	exp="$here/errors/$base.err"
	(cd "$here/errors" && "$bin" "$@" "$base.rpl") >/dev/null 2>"$out.raw"
	rc=$?
	# the goldens pin the compiler's diagnostics, not the CLI's summary line
	grep -aEv '^[0-9]+ errors?, [0-9]+ warnings?$' "$out.raw" >"$out"
	rm -f "$out.raw"
	if [ "${UPDATE:-0}" = 1 ]; then
		cp "$out" "$exp"
	fi
	if [ $rc -eq 2 ] && [ -f "$exp" ] && cmp -s "$out" "$exp"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL errors/$base.rpl (exit $rc, want 2)"
		if [ -f "$exp" ]; then
			diff -u "$exp" "$out" | sed 's/^/    /'
		else
			echo "    missing $exp"
		fi
	fi
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
