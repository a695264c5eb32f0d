#!/bin/sh
# bigplan.sh RESIDENCY — plans of several MB take the paths small ones do not.
#
# A plan file of 1 MiB or more is mapped instead of read, and the YAML
# loader gives the pages behind the parser back to the kernel; arrays past
# 1 MiB (stores, flows, findings, arena blocks) are big blocks
# (docs/internals.md).  Standard input is read into an ordinary buffer, so
# `check - < PLAN` is the reference: every report of a generated 3 MB plan
# (ASCII, and one with non-ASCII names) must be byte-identical to it once
# the file name is replaced; an error at the end of the file must show its
# source line and caret; -o FILE must hold what standard output gets.
# Ends with "N passed, N failed".
set -u
bin=${1:-build/residency}
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC NO_COLOR=1
unset RESIDENCY_PATH

ok() { passed=$((passed + 1)); }
ko() { echo "FAIL: $*"; failed=$((failed + 1)); }

# gen OUT NAME_PREFIX: 5,000 stores and 20,000 flows, about 2.5 MB
gen() {
	python3 - "$1" "$2" <<'EOF'
import sys
out, pre = sys.argv[1], sys.argv[2]
places = ["DE", "FR", "US", "aws:eu-west-1", "aws:us-east-1", "gcp:europe-west3", "IN", "BR"]
w = open(out, "w", encoding="utf-8")
w.write("plan: big\nas_of: 2026-01-15\nstores:\n")
n = 5000
for i in range(n):
    w.write(f"  - name: {pre}store-{i}\n    location: {places[i % len(places)]}\n")
    w.write(f"    classes: [{'personal' if i % 3 else 'health'}]\n")
    if i % 5 == 0:
        w.write(f"    replicas: [{places[(i + 3) % len(places)]}]\n")
w.write("flows:\n")
for i in range(4 * n):
    a, b = i % n, (i * 7 + 1) % n
    to = f"{pre}store-{b}" if i % 2 else places[i % len(places)]
    w.write(f"  - name: {pre}flow-{i}\n    from: {pre}store-{a}\n    to: {to}\n")
    w.write(f"    classes: [personal]\n    mechanisms: [{'EU_SCC' if i % 4 else 'EU_BCR'}]\n")
w.close()
EOF
}

gen "$tmp/ascii.yaml" ""
gen "$tmp/utf8.yaml" "é-"
for p in ascii utf8; do
	plan=$tmp/$p.yaml
	size=$(wc -c <"$plan")
	if [ "$size" -ge 2000000 ]; then ok; else ko "$p: the generated plan has only $size bytes"; fi
	for fmt in text json sarif; do
		"$bin" check --fail-on never -f "$fmt" "$plan" >"$tmp/file.$fmt" 2>"$tmp/err"
		rc=$?
		[ $rc -eq 0 ] || { ko "$p $fmt: exit $rc: $(head -c 300 "$tmp/err")"; continue; }
		# the same plan through standard input, named like the file
		"$bin" check --fail-on never -f "$fmt" - <"$plan" 2>/dev/null |
			sed "s|<stdin>|PLAN|g; s|%3Cstdin%3E|file://PLAN|g" >"$tmp/stdin.$fmt"
		sed "s|$plan|PLAN|g; s|$(basename "$plan")|PLAN|g" "$tmp/file.$fmt" >"$tmp/file2.$fmt"
		if cmp -s "$tmp/file2.$fmt" "$tmp/stdin.$fmt"; then ok; else
			ko "$p $fmt: the mapped file and standard input give different reports"; fi
		"$bin" check --fail-on never -f "$fmt" -o "$tmp/out.$fmt" "$plan" >/dev/null 2>&1
		if cmp -s "$tmp/out.$fmt" "$tmp/file.$fmt"; then ok; else
			ko "$p $fmt: -o FILE differs from standard output"; fi
	done
	# an error in the last line: its source line and caret, as from stdin
	cp "$plan" "$tmp/bad.yaml"
	printf '  - name: last\n    from: [\n' >>"$tmp/bad.yaml"
	"$bin" check "$tmp/bad.yaml" >/dev/null 2>"$tmp/bad.err"
	rc=$?
	"$bin" check - <"$tmp/bad.yaml" 2>&1 >/dev/null | sed "s|<stdin>|$tmp/bad.yaml|g" >"$tmp/bad.ref"
	if [ $rc -eq 2 ] && grep -q '^ *[0-9]* |     from: \[$' "$tmp/bad.err" && cmp -s "$tmp/bad.err" "$tmp/bad.ref"; then ok; else
		ko "$p: an error at the end of a mapped plan: exit $rc, $(head -c 400 "$tmp/bad.err")"; fi
done

# A mapped plan truncated under the run raises SIGBUS: the handler must
# fail closed (one error line, exit 2), never die of the signal.  The
# signal is sent by hand to a check reading a FIFO, once it has opened it:
# opening the FIFO's other end returns only then, and main installs its
# handler before it opens any file.  (Waiting for SigCgt to show SIGBUS
# raced under AddressSanitizer, whose own handler is there from the
# start.)
if [ -r /proc/self/status ] && mkfifo "$tmp/fifo" 2>/dev/null; then
	"$bin" check "$tmp/fifo" >/dev/null 2>"$tmp/bus.err" &
	pid=$!
	exec 3>"$tmp/fifo"
	kill -BUS $pid
	wait $pid
	rc=$?
	exec 3>&-
	if [ $rc -eq 2 ] && [ "$(cat "$tmp/bus.err")" = "residency: error: an input file shrank while it was being read (truncated or rewritten by another process); nothing was judged" ]; then ok; else
		ko "SIGBUS: exit $rc, $(head -c 300 "$tmp/bus.err")"; fi
else
	echo "skip: SIGBUS case (no /proc or mkfifo)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
