#!/bin/sh
# bad.sh RESIDENCY — the table-driven bad-input suite (tests/bad/cases.tsv).
#
# For every case: exit status 2; the first line of stderr matches the
# case's pattern (it names the file, and the line where there is one); no
# sanitizer report, no more than 50 errors; nothing on stdout (`test`: at
# most its "0 passed, 0 failed" line); an existing -o file keeps its bytes
# and no temporary file is left beside it; no control characters reach the
# terminal, nor the environment; each run ends within 60 seconds.
#
# VALGRIND=1 runs every case under valgrind --leak-check=full
# --error-exitcode=99 (any memory error or leak fails the case); see
# docs/security.md.  Ends with "N passed, N failed".
set -u
bin=${1:-build/residency}
cases=${BAD_CASES:-tests/bad/cases.tsv}
passed=0
failed=0
skipped=0
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
runner=""
limit=60
if [ "${VALGRIND:-0}" = 1 ]; then
	runner="valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99"
	limit=600
fi
root=$(id -u)

# gen NAME: make the generated input NAME in $tmp/gen, print its path
gen() {
	g=$tmp/gen/$1
	mkdir -p "$tmp/gen"
	case $1 in
	binary.*) head -c 4096 "$(command -v sh)" > "$g" ;;
	deep-parens.rpl)	# deeper than the parser's stack
		awk 'BEGIN { s = "region R = "; for (i = 0; i < 20000; i++) s = s "("; s = s "DE";
			for (i = 0; i < 20000; i++) s = s ")"; print s }' > "$g" ;;
	long-union.rpl)	# a left-deep tree of 1001 operands
		awk 'BEGIN { s = "region R = DE"; for (i = 0; i < 1000; i++) s = s " + DE"; print s }' > "$g" ;;
	long-and.rpl)
		awk 'BEGIN { print "levels low < high"; print "class c { sensitivity low }";
			s = "rule r { on store of c require encrypted at_rest";
			for (i = 0; i < 1000; i++) s = s " and encrypted at_rest"; print s " }" }' > "$g" ;;
	deep-sets.rpl)
		awk 'BEGIN { s = "region R = "; for (i = 0; i < 1001; i++) s = s "{"; s = s "DE";
			for (i = 0; i < 1001; i++) s = s "}"; print s }' > "$g" ;;
	deep-nots.rpl)
		awk 'BEGIN { s = "region R = "; for (i = 0; i < 20000; i++) s = s "not "; print s "DE" }' > "$g" ;;
	many-errors.rpl)
		awk 'BEGIN { for (i = 0; i < 200; i++) print "region R" i " = NOWHERE" i }' > "$g" ;;
	too-large.rpl) : > "$g"; truncate -s 65M "$g" ;;	# sparse: no disk used
	too-large.yaml) : > "$g"; truncate -s 1025M "$g" ;;
	alias-bomb.yaml)	# "billion laughs"
		{ echo 'a: &a ["x","x","x","x","x","x","x","x","x"]'
		  prev=a; for n in b c d e f g h i; do
			echo "$n: &$n [*$prev,*$prev,*$prev,*$prev,*$prev,*$prev,*$prev,*$prev,*$prev]"; prev=$n
		  done
		  echo 'stores: []'; } > "$g" ;;
	deep.yaml)
		awk 'BEGIN { print "stores:"; print "  - name: db"; s = "    location: ";
			for (i = 0; i < 100; i++) s = s "["; s = s "DE"; for (i = 0; i < 100; i++) s = s "]"; print s }' > "$g" ;;
	long-scalar.yaml)
		awk 'BEGIN { s = "x"; while (length(s) < 2100000) s = s s;
			print "stores:"; print "  - name: " s }' > "$g" ;;
	many-errors.yaml)
		awk 'BEGIN { print "stores:"; for (i = 0; i < 200; i++) {
			print "  - name: s" i; print "    location: DE"; print "    classes: [nope" i "]" } }' > "$g" ;;
	deep.json)
		awk 'BEGIN { s = "{\"format_version\": \"1.2\", \"resource_changes\": [], \"x\": "; for (i = 0; i < 5000; i++) s = s "[";
			for (i = 0; i < 5000; i++) s = s "]"; print s "}" }' > "$g" ;;
	long-line.json)	# one line of 1 MB, broken at its end
		awk 'BEGIN { s = "{\"format_version\": \"1.2\", \"resource_changes\": [";
			r = "{\"address\": \"a.b\", \"type\": \"x\"}, "; while (length(s) < 1000000) s = s r; print s "!" }' > "$g" ;;
	evil.rpl) ln -sf /proc/self/environ "$g" ;;	# a symlink in an untrusted checkout
	import-symlink.rpl) ln -sf /proc/self/environ "$tmp/gen/evil.rpl"; echo 'import "./evil.rpl"' > "$g" ;;
	dir) mkdir -p "$g" ;;
	noperm.*) echo 'stores: []' > "$g"; chmod 000 "$g" ;;
	*) echo "bad.sh: unknown generator $1" >&2; return 1 ;;
	esac
	printf '%s\n' "$g"
}

ok() { passed=$((passed + 1)); }
ko() { echo "FAIL $id: $*"; failed=$((failed + 1)); }

tab=$(printf '\t')
while IFS=$tab read -r id input args expect also; do
	case $id in ''|'#'*) continue ;; esac
	case $input in
	gen:noperm.*)
		if [ "$root" -eq 0 ]; then
			# root reads any file whatever its mode: pol-unreadable and
			# yaml-unreadable (/proc/self/mem) cover unreadable files there
			echo "skip $id: running as root (chmod 000 does not stop root)"
			skipped=$((skipped + 1))
			continue
		fi
		path=$(gen "${input#gen:}") || { ko "generator"; continue; } ;;
	gen:*) path=$(gen "${input#gen:}") || { ko "generator"; continue; } ;;
	/*|*/*) path=$input ;;
	*) path=tests/bad/inputs/$input ;;
	esac
	# @ → path in the arguments and (regex-escaped) in the pattern
	argv=$(printf '%s' "$args" | sed "s|@|$path|g")
	qpath=$(printf '%s' "$path" | sed 's/[].[\*^$+?(){}|/]/\\&/g')
	rpath=$(printf '%s' "$qpath" | sed 's/[\\&|]/\\&/g')
	pat=$(printf '%s' "$expect" | sed "s|@|$rpath|g")
	apat=$(printf '%s' "${also:-}" | sed "s|@|$rpath|g")
	out=$tmp/out/report.txt
	rm -rf "$tmp/out"
	mkdir -p "$tmp/out"
	printf 'previous report\n' > "$out"
	case $argv in *' -o '*) ;; check*) argv="$argv -o $out" ;; esac
	# shellcheck disable=SC2086
	BAD_SH_CANARY=secret timeout $limit $runner "$bin" $argv > "$tmp/stdout" 2> "$tmp/stderr"
	rc=$?
	bad=""
	[ $rc -eq 2 ] || bad="exit status $rc (expected 2)"
	first=$(head -n 1 "$tmp/stderr")
	if [ -z "$bad" ] && ! printf '%s\n' "$first" | grep -Eq -- "$pat"; then
		bad="first message does not match /$pat/"
	fi
	if [ -z "$bad" ] && [ -n "$apat" ] && ! grep -Eq -- "$apat" "$tmp/stderr"; then
		bad="no message matches /$apat/"
	fi
	if grep -Eq 'AddressSanitizer|LeakSanitizer|runtime error:|==[0-9]+== ' "$tmp/stderr"; then
		bad="sanitizer or valgrind report"
	fi
	# nothing of the environment (CI secrets) may be quoted
	if grep -q 'BAD_SH_CANARY' "$tmp/stderr"; then
		bad="quoted the environment"
	fi
	# control characters from the input would drive the terminal
	if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$tmp/stderr"; then
		bad="control characters in the diagnostics"
	fi
	nerr=$(grep -c ': error: ' "$tmp/stderr")
	[ "$nerr" -le 51 ] || bad="$nerr errors (at most 50 and the 'too many errors' line)"
	[ "$(wc -c < "$tmp/stderr")" -le 65536 ] || bad="more than 64 KiB of diagnostics"
	case $argv in
	test*) grep -qv '^0 passed, 0 failed$' "$tmp/stdout" && bad="wrote to stdout" ;;
	*) [ -s "$tmp/stdout" ] && bad="wrote to stdout" ;;
	esac
	if [ "$(cat "$out")" != "previous report" ]; then bad="the -o file was changed"; fi
	[ "$(ls "$tmp/out")" = "report.txt" ] || bad="files left beside the -o file: $(ls "$tmp/out" | tr '\n' ' ')"
	if [ -n "$bad" ]; then
		ko "$bad"
		echo "  residency $argv"
		head -n 6 "$tmp/stderr" | cut -c1-200 | sed 's/^/  | /'
	else
		ok
	fi
done < "$cases"

[ $skipped -gt 0 ] && echo "($skipped skipped)"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
