#!/bin/sh
# bench/run.sh — residency's performance benchmarks (docs/performance.md).
#
#   sh bench/run.sh BUILD_DIR        (what `make bench` runs)
#
# Builds the benchmark programs against BUILD_DIR/libresidency.a, generates
# the inputs into BUILD_DIR/bench/ (kept between runs; regenerated when a
# generator changes), measures everything once, and prints one table (also
# written to BUILD_DIR/bench/results.md).  Every time is a median, given as
# wall time and as CPU time (user + system: what the work cost on its core,
# whatever else the machine runs); bench/timeit.py times whole commands,
# bench/decisions.c and bench/compile.c time library calls in process.
# Needs python3, a C compiler with libyaml and jansson, and node/npm for the
# Cedar comparison.
#
# Environment:
#   BENCH_QUICK=1     inputs 10x smaller (a smoke test of this script)
#   BENCH_NO_CEDAR=1  skip cedar-wasm (and so (f) and the Cedar half of (a))
#   CEDAR_SRC=DIR     the Cedar peer (default ../shared/bench/cedar, read-only)
set -eu

B=${1:?usage: sh bench/run.sh BUILD_DIR}
BD=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BD")
cd "$ROOT"
B=$(cd "$B" && pwd)	# absolute: some steps run in other folders
R=$B/residency
O=$B/bench
mkdir -p "$O"
RES=$O/results.tsv
: > "$RES"
LOG=$O/run.log
: > "$LOG"

if [ "${BENCH_QUICK:-0}" = 1 ]; then
	EST1=125 EST10=1250 EST100=12500 TFN=2100 CHAIN1=1000 CHAIN10=10000 FLOWS=20000
else
	EST1=1250 EST10=12500 EST100=125000 TFN=21000 CHAIN1=10000 CHAIN10=100000 FLOWS=200000
fi
CEDAR_SRC=${CEDAR_SRC:-$ROOT/../shared/bench/cedar}
[ -d "$CEDAR_SRC" ] || CEDAR_SRC=/work/shared/bench/cedar

say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 2; }
# row ID MEASUREMENT RESULT TARGET MET
row() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" >> "$RES"; }
# calc EXPR FORMAT: a Python expression, formatted
calc() { python3 -c "print(format($1, '$2'))"; }
ok() { python3 -c "import sys; sys.exit(0 if ($1) else 1)"; }
# met WALL_EXPR CPU_EXPR: yes (both), no (neither), or "CPU only" (the
# machine was busy: only the command's own CPU time meets the target)
met() {
	if ok "$1"; then
		if ok "$2"; then echo yes; else echo "wall only"; fi
	elif ok "$2"; then echo "CPU only"; else echo no; fi
}
field() { printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

[ -x "$R" ] || die "$R is missing: run make first"
command -v python3 >/dev/null || die "python3 is missing"

# ---------------------------------------------------------------- programs
CC=${CC:-cc}
CFLAGS_B="-std=c11 -O2 -g -Wall -Wextra -Werror -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L"
LIBS=$(pkg-config --libs libcyaml yaml-0.1 jansson)
for prog in decisions compile; do
	$CC $CFLAGS_B -Iinclude -Isrc -I"$B/gen" -o "$O/$prog" "bench/$prog.c" "$B/libresidency.a" $LIBS -lm
done
$CC $CFLAGS_B -o "$O/yaml_floor" bench/yaml_floor.c $(pkg-config --cflags --libs yaml-0.1)
$CC $CFLAGS_B -o "$O/json_floor" bench/json_floor.c $(pkg-config --cflags --libs jansson)

# ---------------------------------------------------------------- inputs
# gen OUT SCRIPT ARGS...: run the generator unless OUT is newer than it
gen() {
	out=$1 script=$2
	shift 2
	if [ ! -s "$out" ] || [ "$script" -nt "$out" ] || [ bench/gen_plan.py -nt "$out" ]; then
		say "generating $out"
		python3 "$script" "$@" "$out.tmp" && mv "$out.tmp" "$out"
	fi
}
gen "$O/estate-$EST1.yaml" bench/gen_plan.py estate "$EST1"
gen "$O/estate-$EST10.yaml" bench/gen_plan.py estate "$EST10"
gen "$O/estate-$EST100.yaml" bench/gen_plan.py estate "$EST100"
gen "$O/chain-$CHAIN1.yaml" bench/gen_plan.py chain "$CHAIN1"
gen "$O/chain-$CHAIN10.yaml" bench/gen_plan.py chain "$CHAIN10"
gen "$O/flows-$FLOWS.tsv" bench/gen_plan.py flows "$FLOWS"
gen "$O/terraform-$TFN.json" bench/gen_tf.py "$TFN"
gen "$O/policy-1000.rpl" bench/gen_policy.py 1000
gen "$O/policy-10000.rpl" bench/gen_policy.py 10000
printf 'import "default"\n' > "$O/default.rpl"

mb() { calc "$(stat -c %s "$1")/1e6" .1f; }
ms() { calc "$1*1e3" .0f; }

# tm NAME RUNS COMMAND...: sets W (median wall s), C (median CPU s), M (max RSS KB)
tm() {
	name=$1 runs=$2
	shift 2
	set -- $(python3 bench/timeit.py "$runs" "$O/time-$name.json" "$@" 2>> "$LOG") ||
		die "timing failed: see $LOG"
	W=$1 C=$2 M=$3
}
# tp NAME ROUNDS COMMAND_A... -- COMMAND_B...: A and B in alternation
# (bench/timeit.py --pair); sets WA CA XA (A's median wall s, CPU s, max RSS
# KB), WB CB XB (B's), RW RC (medians of the per-round ratios A/B: both
# commands of a round ran on the machine in the same state), RANGE (the
# lowest and highest per-round wall ratio)
tp() {
	name=$1 runs=$2
	shift 2
	set -- $(python3 bench/timeit.py --pair "$runs" "$O/time-$name.json" "$@" 2>> "$LOG") ||
		die "timing failed: see $LOG"
	WA=$1 CA=$2 XA=$3 WB=$4 CB=$5 XB=$6 RW=$7 RC=$8
	RANGE="rounds $(calc "$9" .2f)–$(calc "${10}" .2f)"
}
# check_ok PLAN [ARGS]: residency must read the plan (exit 0 with --fail-on never)
check_ok() {
	plan=$1
	shift
	"$R" check --fail-on never "$@" "$plan" > "$O/last-report.txt" 2>> "$LOG" ||
		die "residency check $* $plan failed; see $LOG and $O/last-report.txt"
}

MACHINE="$(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), $(free -g | awk '/^Mem:/{print $2}') GiB memory, $(uname -sr), $(cc --version | head -n 1); $("$R" version 2>/dev/null | head -n 1)"
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
say "machine: $MACHINE; load average $LOAD0"

# ---------------------------------------------------------------- Cedar's requests
REQ=""
if [ "${BENCH_NO_CEDAR:-0}" != 1 ]; then
	CD=$O/cedar
	if [ ! -d "$CD" ]; then
		cp -r "$CEDAR_SRC" "$CD"
		chmod -R u+w "$CD"
	fi
	[ -d "$CD/node_modules" ] || (cd "$CD" && npm ci --no-audit --no-fund >> "$LOG" 2>&1) || die "npm ci failed"
	if [ ! -s "$CD/requests.tsv" ]; then
		(cd "$CD" && node gen.mjs >> "$LOG" 2>&1) || die "node gen.mjs failed"
	fi
	(cd "$CD" && sha256sum -c requests.tsv.sha256 >> "$LOG" 2>&1) || die "requests.tsv differs from the Cedar peer's"
	REQ=$CD/requests.tsv
fi

# ---------------------------------------------------------------- (a) decisions/s
say "(a) in-process decisions"
# drow LABEL OUTPUT
drow() {
	wr=$(field "$2" dec_per_s) cr=$(field "$2" cpu_dec_per_s)
	row a "$1" "$(calc "$wr/1e6" .1f) M/s ($(field "$2" median_ms) ms); CPU $(calc "$cr/1e6" .1f) M/s ($(field "$2" cpu_ms) ms)" \
		"≥ 25 M/s" "$(met "$wr >= 25e6" "$cr >= 25e6")"
}
if [ -n "$REQ" ]; then
	out=$("$O/decisions" bench/cedar/policy.rpl "$REQ" 11) ||
		die "decisions on the Cedar requests failed or denied other requests: $out"
	ADEC=$(field "$out" cpu_dec_per_s)
	drow "decisions/s: Cedar policy, 200,000 requests (1 decision each; $(field "$out" denies) denied)" "$out"
fi
out=$("$O/decisions" default "$O/flows-$FLOWS.tsv" 5) || die "decisions on the standard library failed"
drow "decisions/s: standard library, $FLOWS flows between places, $(field "$out" decisions) decisions" "$out"

# ---------------------------------------------------------------- (b) YAML plans
say "(b) YAML plans"
# Each ratio: the median over rounds of check ÷ parse, the two run back to
# back (bench/timeit.py --pair), for the report formats CI runs: text to
# standard output (/dev/null), JSON and SARIF to a file with -o (atomic: a
# temporary file renamed into place), as a CI job writes them.
# bplan LABEL PLAN ROUNDS [CHECK_ARGS...]: the three formats and peak memory
bplan() {
	label=$1 f=$2 runs=$3
	shift 3
	check_ok "$f" "$@"
	maxrss=0
	for fmt in text json sarif; do
		case $fmt in
		text) out="" ;;
		*) out="-f $fmt -o $O/report.$fmt" ;;
		esac
		# shellcheck disable=SC2086 # $out: two options or none
		tp "check-$fmt-$(basename "$f" .yaml)" "$runs" "$R" check --fail-on never "$@" $out "$f" -- "$O/yaml_floor" "$f"
		row b "check $label, ${fmt} report ÷ libyaml parse, $runs rounds" \
			"$(ms "$WA") ms ÷ $(ms "$WB") ms: $(calc "$RW" .2f)× ($RANGE); CPU $(ms "$CA") ÷ $(ms "$CB") ms: $(calc "$RC" .2f)×" \
			"≤ 1.5×" "$(met "$RW <= 1.5" "$RC <= 1.5")"
		[ "$XA" -gt "$maxrss" ] && maxrss=$XA
		FLOORRSS=$XB
	done
	sz=$(stat -c %s "$f")
	row b "peak memory, check $label (largest of the three formats; libyaml parse alone)" \
		"$(calc "$maxrss/1024" .0f) MiB = $(calc "$maxrss*1024/$sz" .2f)× the file ($(calc "$FLOORRSS/1024" .0f) MiB)" "≤ 2× the file" \
		"$(if ok "$maxrss*1024 <= 2*$sz"; then echo yes; else echo no; fi)"
}
f=$O/estate-$EST1.yaml
check_ok "$f"
tp "check-$EST1" 9 "$R" check --fail-on never "$f" -- "$O/yaml_floor" "$f"
row b "check, YAML plan $(mb "$f") MB ($EST1 stores, $((4 * EST1)) flows), text report ÷ libyaml parse, 9 rounds" \
	"$(ms "$WA") ms ÷ $(ms "$WB") ms: $(calc "$RW" .2f)× ($RANGE); CPU $(ms "$CA") ÷ $(ms "$CB") ms: $(calc "$RC" .2f)×" \
	"≤ 1.5×" "$(met "$RW <= 1.5" "$RC <= 1.5")"
if [ -n "$REQ" ]; then
	python3 bench/cedar/tsv2plan.py "$REQ" "$O/cedar-plan.yaml" 2>> "$LOG"
	bplan "of the Cedar plan, $(mb "$O/cedar-plan.yaml") MB ($(grep -vc '^#' "$REQ") flows; Cedar's policy)" \
		"$O/cedar-plan.yaml" 7 -p bench/cedar/policy.rpl
fi
for n in $EST10 $EST100; do
	f=$O/estate-$n.yaml
	runs=7
	[ "$n" = "$EST100" ] && runs=5
	bplan "of an estate plan, $(mb "$f") MB ($n stores, $((4 * n)) flows; standard library)" "$f" $runs
done
f=$O/estate-$EST100.yaml
tp "check-q-$EST100" 3 "$R" check --fail-on never -q "$f" -- "$O/yaml_floor" "$f"
row b "the $(mb "$f") MB estate plan with -q (load and check; a summary line instead of a report)" \
	"$(ms "$WA") ms: $(calc "$RW" .2f)× the parse; CPU $(calc "$RC" .2f)×" "-" "-"
rm -f "$O/report.json" "$O/report.sarif"

# ---------------------------------------------------------------- (c) Terraform
say "(c) Terraform plan JSON"
f=$O/terraform-$TFN.json
# The generated plan has encrypted resources whose key is unknown until
# apply: facts that cannot be judged, so check exits 2 after its report
# (whatever --fail-on says).  The whole check still runs: 2 counts as done.
st=0
"$R" check --fail-on never "$f" > "$O/last-report.txt" 2>> "$LOG" || st=$?
case $st in
0 | 2) [ -s "$O/last-report.txt" ] || die "residency check $f wrote no report; see $LOG" ;;
*) die "residency check $f failed (exit $st); see $LOG and $O/last-report.txt" ;;
esac
TIMEIT_OK=0,2
export TIMEIT_OK
tp tf 5 "$R" check --fail-on never "$f" -- "$O/json_floor" "$f"
unset TIMEIT_OK
row c "check, Terraform plan JSON $(mb "$f") MB ($TFN resources) ÷ jansson json_loadb, 5 rounds" \
	"$(ms "$WA") ms ÷ $(ms "$WB") ms: $(calc "$RW" .2f)× ($RANGE); CPU $(ms "$CA") ÷ $(ms "$CB") ms: $(calc "$RC" .2f)×" \
	"≤ 1.5×" "$(met "$RW <= 1.5" "$RC <= 1.5")"
row c "peak memory, check of the Terraform plan (jansson load alone)" \
	"$(calc "$XA/1024" .0f) MiB = $(calc "$XA*1024/$(stat -c %s "$f")" .2f)× the file ($(calc "$XB/1024" .0f) MiB)" "-" "-"

# ---------------------------------------------------------------- (d) compile
say "(d) compile time and memory"
out=$("$O/compile" default 21) || die "compiling the standard library failed"
w=$(field "$out" median_ms) c=$(field "$out" cpu_ms)
row d "compile the standard library ($(field "$out" rules) rules), in process" \
	"$w ms; CPU $c ms; peak RSS $(calc "$(field "$out" peak_rss_kb)/1024" .1f) MiB" "< 20 ms" "$(met "$w < 20" "$c < 20")"
tm lint 5 "$R" lint "$O/default.rpl"
row d "residency lint of the standard library (process start, compile, analyses)" \
	"$(ms "$W") ms; CPU $(ms "$C") ms; peak RSS $(calc "$M/1024" .1f) MiB" "-" "-"
out=$("$O/compile" "$O/policy-10000.rpl" 5) || die "compiling the 10,000-rule policy failed"
w10=$(field "$out" median_ms) c10=$(field "$out" cpu_ms)
row d "compile a generated 10,000-rule policy ($(mb "$O/policy-10000.rpl") MB), in process" \
	"$w10 ms; CPU $c10 ms; peak RSS $(calc "$(field "$out" peak_rss_kb)/1024" .1f) MiB" "< 200 ms" \
	"$(met "$w10 < 200" "$c10 < 200")"

# ---------------------------------------------------------------- (e) scaling
say "(e) scaling"
# each ratio: the median over rounds of the 10x run ÷ the 1x run, back to back
tp scale-plan 5 "$R" check --fail-on never "$O/estate-$EST100.yaml" -- "$R" check --fail-on never "$O/estate-$EST10.yaml"
row e "plan: check at $EST100 ÷ at $EST10 stores, 5 rounds" \
	"$(ms "$WA") ÷ $(ms "$WB") ms: $(calc "$RW" .2f)× ($RANGE); CPU $(calc "$RC" .2f)×" "≤ 10.5×" \
	"$(met "$RW <= 10.5" "$RC <= 10.5")"
for n in $CHAIN1 $CHAIN10; do check_ok "$O/chain-$n.yaml"; done
tp "chain" 7 "$R" check --fail-on never "$O/chain-$CHAIN10.yaml" -- "$R" check --fail-on never "$O/chain-$CHAIN1.yaml"
row e "origin chain: check at $CHAIN10 ÷ at $CHAIN1 stores, 7 rounds" \
	"$(ms "$WA") ÷ $(ms "$WB") ms: $(calc "$RW" .2f)× ($RANGE); CPU $(ms "$CA") ÷ $(ms "$CB") ms: $(calc "$RC" .2f)×" \
	"≤ 10.5×" "$(met "$RW <= 10.5" "$RC <= 10.5")"
out=$("$O/compile" --pair "$O/policy-10000.rpl" "$O/policy-1000.rpl" 7) || die "compiling the 1,000/10,000-rule policies failed"
row e "policy: compile at 10,000 ÷ at 1,000 rules, in process, 7 rounds (for information: (e) asks for plans and chains)" \
	"$(field "$out" median_ms_a) ÷ $(field "$out" median_ms_b) ms: $(calc "$(field "$out" ratio)" .2f)×; CPU $(calc "$(field "$out" cpu_ratio)" .2f)×" \
	"-" "-"

# ---------------------------------------------------------------- (f) Cedar
# Both sides by wall time in the same run: cedar-wasm reports wall-clock
# throughput, so residency's CPU figure is shown but not judged.
if [ -n "$REQ" ]; then
	say "(f) Cedar comparison"
	"$R" check --fail-on never -f json -p bench/cedar/policy.rpl "$O/cedar-plan.yaml" > "$O/cedar-findings.json" 2>> "$LOG" ||
		die "residency check of the Cedar plan failed"
	python3 bench/cedar/compare.py "$REQ" "$O/cedar-findings.json" > "$O/compare.txt" ||
		die "verdicts differ from Cedar's: $(cat "$O/compare.txt")"
	NREQ=$(grep -vc '^#' "$REQ")
	tm cedar-check 7 "$R" check --fail-on never -f json -p bench/cedar/policy.rpl "$O/cedar-plan.yaml"
	EW=$(calc "$NREQ/$W" .0f) EC=$(calc "$NREQ/$C" .0f)
	say "cedar-wasm: node bench.mjs --modes=preparsed (about 1.5 minutes)"
	(cd "$CD" && node bench.mjs --modes=preparsed > "$O/cedar-bench.txt" 2>> "$LOG") || die "node bench.mjs failed"
	CEDAR=$(sed -n 's/^RESULT preparsed_median_dec_per_s=\([0-9]*\).*/\1/p' "$O/cedar-bench.txt")
	[ -n "$CEDAR" ] || die "no RESULT line from bench.mjs"
	row f "verdicts on Cedar's $NREQ requests (denied requests and the rules behind them)" \
		"$(tail -n 1 "$O/compare.txt")" "identical" \
		"$(if grep -q 'verdict mismatches 0 ' "$O/compare.txt"; then echo yes; else echo no; fi)"
	row f "cedar-wasm $(sed -n 's/^cedar-wasm \([^ ]*\).*node \([^,]*\).*/\1 on Node \2/p' "$O/cedar-bench.txt"), pre-parsed policy, in process (wall)" \
		"$CEDAR decisions/s" "-" "-"
	row f "residency check end to end: $(mb "$O/cedar-plan.yaml") MB YAML plan, compile, check, JSON report" \
		"$EW decisions/s ($(ms "$W") ms) = $(calc "$EW/$CEDAR" .0f)× cedar-wasm (CPU: $EC/s)" "≥ 25×" \
		"$(if ok "$EW >= 25*$CEDAR"; then echo yes; else echo no; fi)"
	row f "residency in process (rsd_check, from (a), CPU)" \
		"$(calc "$ADEC" .0f) decisions/s = $(calc "$ADEC/$CEDAR" .0f)× cedar-wasm" "-" "-"
fi

# ---------------------------------------------------------------- the table
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$RES" "$O/results.md" "$MACHINE" "$LOAD0" "$LOAD1" "$(date -u '+%Y-%m-%d %H:%M UTC')" <<'EOF'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
out = [f"Machine: {sys.argv[3]}.", "",
       f"Run {sys.argv[6]}; load average (1, 5, 15 min) {sys.argv[4]} before, {sys.argv[5]} after.", "",
       "| | measurement | result | target | met |", "|---|---|---|---|---|"]
for r in rows:
    out.append("| " + " | ".join(r) + " |")
text = "\n".join(out) + "\n"
open(sys.argv[2], "w", encoding="utf-8").write(text)
sys.stdout.write(text)
EOF
say "inputs, raw timings and the table: $O (results.md)"
