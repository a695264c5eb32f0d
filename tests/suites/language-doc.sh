#!/bin/sh
# language-doc.sh RESIDENCY — every example of docs/language.md compiles.
#
# Each ```rpl block is a complete policy file on its own, exactly as written
# (no preamble: a block that uses the standard library says `import "default"`
# itself).  It is written to a scratch directory as example.rpl — or as NAME
# when its first line is "# file: NAME", where it then stays for the blocks
# after it to import — and must:
#   - compile with `residency lint` (exit 0; warnings are allowed),
#   - be in canonical layout (`residency fmt` prints it unchanged),
#   - when it holds a `test` block, pass with `residency test` (exit 0).
# Each ```rpl-error block must fail `residency lint` with exit 2, and its
# first error line must equal the first line of the ```text block that
# follows it.  Ends with "N passed, N failed"; exit 1 when anything failed.
set -u
bin=${1:-build/residency}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
doc=$(pwd)/docs/language.md
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC NO_COLOR=1
unset RESIDENCY_PATH
asof=2026-06-01

ok() { passed=$((passed + 1)); }
ko() { echo "FAIL: $*"; failed=$((failed + 1)); }

[ -f "$doc" ] || { ko "docs/language.md is missing"; echo "$passed passed, $failed failed"; exit 1; }

# split the document: blocks/N.KIND (KIND rpl, err or text) and blocks/N.line
mkdir -p "$tmp/blocks" "$tmp/work"
awk -v dir="$tmp/blocks" '
	inb && /^```[ \t]*$/ { inb = 0; close(out); next }
	inb { print > out; next }
	/^```(rpl|rpl-error|text)[ \t]*$/ {
		kind = substr($0, 4); sub(/[ \t]+$/, "", kind)
		if (kind == "rpl-error") kind = "err"
		n++; inb = 1
		out = sprintf("%s/%03d.%s", dir, n, kind)
		printf "" > out
		printf "%d\n", NR > sprintf("%s/%03d.line", dir, n)
		close(sprintf("%s/%03d.line", dir, n))
	}
' "$doc"

nrpl=0
cd "$tmp/work" || exit 1
for b in "$tmp"/blocks/*; do
	case $b in *.rpl | *.err) ;; *) continue ;; esac
	base=${b%.*}
	line=$(cat "$base.line")
	where="docs/language.md:$line"
	name=$(sed -n '1s/^# file: \([A-Za-z0-9_./-]*\.rpl\)$/\1/p' "$b")
	[ -n "$name" ] || name=example.rpl
	mkdir -p "$(dirname "$name")"
	cp "$b" "$name"
	case $b in
	*.rpl)
		nrpl=$((nrpl + 1))
		"$bin" lint --as-of "$asof" "$name" >"$tmp/out" 2>&1
		rc=$?
		if [ $rc -eq 0 ]; then ok; else ko "$where: residency lint exited $rc:"; sed 's/^/    /' "$tmp/out"; fi
		"$bin" fmt "$name" >"$tmp/fmt" 2>&1
		if cmp -s "$tmp/fmt" "$name"; then ok; else ko "$where: not in canonical layout:"; diff -u "$name" "$tmp/fmt" | sed -n '3,20p'; fi
		if grep -q '^test ' "$name"; then
			"$bin" test --as-of "$asof" "$name" >"$tmp/out" 2>&1
			rc=$?
			if [ $rc -eq 0 ]; then ok; else ko "$where: residency test exited $rc:"; sed 's/^/    /' "$tmp/out"; fi
		fi
		;;
	*.err)
		"$bin" lint --as-of "$asof" "$name" >"$tmp/out" 2>&1
		rc=$?
		if [ $rc -eq 2 ]; then ok; else ko "$where: an error example exited $rc, not 2"; fi
		n=${base##*/}
		next=$(printf '%03d' $(expr "$n" + 1))
		want=
		[ -f "$tmp/blocks/$next.text" ] && want=$(sed -n 1p "$tmp/blocks/$next.text")
		got=$(grep -m 1 ': error: ' "$tmp/out")
		if [ -n "$want" ] && [ "$got" = "$want" ]; then
			ok
		else
			ko "$where: the error example shows '$want' but the compiler says '$got'"
		fi
		;;
	esac
	[ "$name" = example.rpl ] && rm -f example.rpl
done
[ $nrpl -ge 15 ] && ok || ko "found only $nrpl rpl examples in docs/language.md: the extractor is broken"

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
