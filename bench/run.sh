#!/bin/sh
# bench/run.sh — residency's performance benchmarks (docs/performance.md).
#
#   sh bench/run.sh BUILD_DIR        (what `make bench` runs)
#
# Builds the benchmark programs against BUILD_DIR/libresidency.a, generates
# the inputs into BUILD_DIR/bench/ (kept between runs; regenerated when a
# generator changes), measures everything once, and prints one table (also
# written to BUILD_DIR/bench/results.md).  Timings are medians: hyperfine for
# whole commands, in-process loops for the library.  Needs python3, hyperfine,
# GNU time (/usr/bin/time), and node/npm for the Cedar comparison.
#
# Environment:
#   BENCH_QUICK=1     inputs 10x smaller (a smoke test of this script)
#   BENCH_NO_CEDAR=1  skip the cedar-wasm measurement (and its side of (f))
#   CEDAR_SRC=DIR     the Cedar peer (default ../shared/bench/cedar, read-only)
set -eu

B=${1:?usage: sh bench/run.sh BUILD_DIR}
BD=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BD")
cd "$ROOT"
R=$B/residency
O=$B/bench
mkdir -p "$O"
RES=$O/results.tsv
: > "$RES"
LOG=$O/run.log
: > "$LOG"

QUICK=${BENCH_QUICK:-0}
if [ "$QUICK" = 1 ]; then
	EST1=125 EST10=1250 EST100=12500 TFN=2100 CHAIN1=1000 CHAIN10=10000 FLOWS=20000
else
	EST1=1250 EST10=12500 EST100=125000 TFN=21000 CHAIN1=10000 CHAIN10=100000 FLOWS=200000
fi
CEDAR_SRC=${CEDAR_SRC:-$ROOT/../shared/bench/cedar}
[ -d "$CEDAR_SRC" ] || CEDAR_SRC=/work/shared/bench/cedar

say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 2; }
# row ID MEASURE VALUE TARGET MET(yes/no/-)
row() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" >> "$RES"; }
# arithmetic on decimals
calc() { python3 -c "print(format($1, '$2'))"; }
met() { if python3 -c "import sys; sys.exit(0 if ($1) else 1)"; then echo yes; else echo no; fi; }

[ -x "$R" ] || die "$R is missing: run make first"
command -v hyperfine >/dev/null || die "hyperfine is missing (apt-get install hyperfine)"
command -v python3 >/dev/null || die "python3 is missing"
[ -x /usr/bin/time ] || die "GNU time is missing (apt-get install time)"

# ---------------------------------------------------------------- programs
CC=${CC:-cc}
PKGS="yaml-0.1 jansson libcyaml"
CFLAGS_B="-std=c11 -O2 -g -Wall -Wextra -Werror -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L"
LIBS=$(pkg-config --libs $PKGS)
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

mb() { python3 -c "import os; print(format(os.path.getsize('$1') / 1e6, '.1f'))"; }

# ---------------------------------------------------------------- timing helpers
# hf NAME RUNS COMMAND...: median wall seconds of COMMAND (output discarded)
hf() {
	name=$1 runs=$2
	shift 2
	hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$O/hf-$name.json" "$*" >> "$LOG" 2>&1 ||
		die "hyperfine failed on: $* (see $LOG)"
	python3 -c "import json; print(json.load(open('$O/hf-$name.json'))['results'][0]['median'])"
}
# peak_kb COMMAND...: maximum resident set of COMMAND in KB (GNU time)
peak_kb() {
	/usr/bin/time -f '%M' -o "$O/time.out" "$@" > /dev/null 2>> "$LOG" || true
	tail -n 1 "$O/time.out"
}
# check_ok PLAN [ARGS]: residency must read the plan (exit 0 with --fail-on never)
check_ok() {
	plan=$1
	shift
	"$R" check --fail-on never "$@" "$plan" > "$O/last-report.txt" 2>> "$LOG" ||
		die "residency check $* $plan failed (exit $?); see $LOG and $O/last-report.txt"
}
CHECK="$R check --fail-on never"

MACHINE="$(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p')), $(free -g | awk '/^Mem:/{print $2}') GiB memory, $(uname -sr); residency $("$R" version 2>/dev/null | head -n 1)"
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
say "machine: $MACHINE; load average $LOAD0"

# ---------------------------------------------------------------- (a) decisions/s
say "(a) in-process decisions"
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
else
	REQ=""
fi
if [ -n "$REQ" ]; then
	"$O/decisions" bench/cedar/policy.rpl "$REQ" 11 > "$O/decisions-cedar.txt" ||
		die "decisions on the Cedar requests failed or denied other requests: $(cat "$O/decisions-cedar.txt")"
	set -- $(cat "$O/decisions-cedar.txt")
	ADEC=$(echo "$6" | cut -d= -f2)
	row a "decisions/s, Cedar policy, 200,000 requests (1 decision each)" \
		"$(calc "$ADEC/1e6" .1f) M/s ($(echo "$5" | cut -d= -f2) ms)" "≥ 25 M/s" "$(met "$ADEC >= 25e6")"
fi
"$O/decisions" default "$O/flows-$FLOWS.tsv" 5 > "$O/decisions-default.txt" || die "decisions on the default library failed"
set -- $(cat "$O/decisions-default.txt")
DDEC=$(echo "$6" | cut -d= -f2)
row a "decisions/s, standard library, $FLOWS flows, $(echo "$3" | cut -d= -f2) decisions" \
	"$(calc "$DDEC/1e6" .1f) M/s ($(echo "$5" | cut -d= -f2) ms)" "≥ 25 M/s" "$(met "$DDEC >= 25e6")"

# ---------------------------------------------------------------- (b) YAML plans
say "(b) YAML plans"
for n in $EST1 $EST10 $EST100; do
	f=$O/estate-$n.yaml
	check_ok "$f"
	runs=5
	[ "$n" = "$EST100" ] && runs=3
	tc=$(hf "check-$n" $runs $CHECK "$f")
	tf=$(hf "yaml-$n" $runs "$O/yaml_floor" "$f")
	ratio=$(calc "$tc/$tf" .2f)
	eval "TCHECK_$n=$tc"
	row b "check, YAML plan $(mb "$f") MB ($n stores, $((4 * n)) flows) vs libyaml parse" \
		"$(calc "$tc*1e3" .0f) ms vs $(calc "$tf*1e3" .0f) ms = ${ratio}×" "≤ 1.5×" "$(met "$tc/$tf <= 1.5")"
done
f=$O/estate-$EST100.yaml
kb=$(peak_kb $CHECK "$f")
row b "peak memory, check of the $(mb "$f") MB plan" \
	"$(calc "$kb/1024" .0f) MiB = $(calc "$kb*1024/$(stat -c %s "$f")" .2f)× the file" "≤ 3× the file" \
	"$(met "$kb*1024 <= 3*$(stat -c %s "$f")")"
kbf=$(peak_kb "$O/yaml_floor" "$f")
row b "peak memory, libyaml parse of the same file" "$(calc "$kbf/1024" .0f) MiB" "-" "-"

# ---------------------------------------------------------------- (c) Terraform
say "(c) Terraform plan JSON"
f=$O/terraform-$TFN.json
check_ok "$f"
tc=$(hf tf 3 $CHECK "$f")
tf=$(hf tf-floor 3 "$O/json_floor" "$f")
row c "check, Terraform plan JSON $(mb "$f") MB ($TFN resources) vs jansson json_loadb" \
	"$(calc "$tc*1e3" .0f) ms vs $(calc "$tf*1e3" .0f) ms = $(calc "$tc/$tf" .2f)×" "≤ 1.5×" "$(met "$tc/$tf <= 1.5")"
kb=$(peak_kb $CHECK "$f")
kbf=$(peak_kb "$O/json_floor" "$f")
row c "peak memory, check of the Terraform plan (jansson tree alone)" \
	"$(calc "$kb/1024" .0f) MiB ($(calc "$kbf/1024" .0f) MiB)" "-" "-"

# ---------------------------------------------------------------- (d) compile
say "(d) compile time and memory"
"$O/compile" default 21 > "$O/compile-default.txt" || die "compiling the standard library failed"
set -- $(cat "$O/compile-default.txt")
ms=$(echo "$4" | cut -d= -f2)
row d "compile the standard library ($(echo "$2" | cut -d= -f2) rules), in process" \
	"$ms ms, peak RSS $(calc "$(echo "$7" | cut -d= -f2)/1024" .1f) MiB" "< 20 ms" "$(met "$ms < 20")"
t=$(hf lint 5 "$R" lint "$O/default.rpl")
row d "residency lint of the standard library (process, compile and analyses)" "$(calc "$t*1e3" .0f) ms" "-" "-"
"$O/compile" "$O/policy-10000.rpl" 5 > "$O/compile-10000.txt" || die "compiling the 10,000-rule policy failed"
set -- $(cat "$O/compile-10000.txt")
ms10=$(echo "$4" | cut -d= -f2)
row d "compile a generated 10,000-rule policy ($(mb "$O/policy-10000.rpl") MB), in process" \
	"$ms10 ms, peak RSS $(calc "$(echo "$7" | cut -d= -f2)/1024" .1f) MiB" "< 200 ms" "$(met "$ms10 < 200")"

# ---------------------------------------------------------------- (e) scaling
say "(e) scaling"
eval "t1=\$TCHECK_$EST10 t10=\$TCHECK_$EST100"
row e "plan: check time at $EST100 ÷ at $EST10 stores" "$(calc "$t10/$t1" .2f)×" "≤ 10.5×" "$(met "$t10/$t1 <= 10.5")"
for n in $CHAIN1 $CHAIN10; do check_ok "$O/chain-$n.yaml"; done
c1=$(hf "chain-$CHAIN1" 5 $CHECK "$O/chain-$CHAIN1.yaml")
c10=$(hf "chain-$CHAIN10" 3 $CHECK "$O/chain-$CHAIN10.yaml")
row e "origin chain: check time at $CHAIN10 ÷ at $CHAIN1 stores" \
	"$(calc "$c10*1e3" .0f) ms ÷ $(calc "$c1*1e3" .0f) ms = $(calc "$c10/$c1" .2f)×" "≤ 10.5×" "$(met "$c10/$c1 <= 10.5")"
"$O/compile" "$O/policy-1000.rpl" 11 > "$O/compile-1000.txt" || die "compiling the 1,000-rule policy failed"
set -- $(cat "$O/compile-1000.txt")
ms1=$(echo "$4" | cut -d= -f2)
row e "policy: compile time at 10,000 ÷ at 1,000 rules" \
	"$ms10 ms ÷ $ms1 ms = $(calc "$ms10/$ms1" .2f)×" "≤ 10.5×" "$(met "$ms10/$ms1 <= 10.5")"

# ---------------------------------------------------------------- (f) Cedar
if [ -n "$REQ" ]; then
	say "(f) Cedar comparison"
	python3 bench/cedar/tsv2plan.py "$REQ" "$O/cedar-plan.yaml" 2>> "$LOG"
	"$R" check --fail-on never -f json -p bench/cedar/policy.rpl "$O/cedar-plan.yaml" > "$O/cedar-findings.json" 2>> "$LOG" ||
		die "residency check of the Cedar plan failed"
	python3 bench/cedar/compare.py "$REQ" "$O/cedar-findings.json" > "$O/compare.txt" ||
		die "verdicts differ from Cedar's: $(cat "$O/compare.txt")"
	SAME=$(tail -n 1 "$O/compare.txt")
	t=$(hf cedar-check 5 "$R" check --fail-on never -f json -p bench/cedar/policy.rpl "$O/cedar-plan.yaml")
	NREQ=$(grep -vc '^#' "$REQ")
	E2E=$(calc "$NREQ/$t" .0f)
	say "cedar-wasm: node bench.mjs --modes=preparsed (about 1.5 minutes)"
	(cd "$CD" && node bench.mjs --modes=preparsed > "$O/cedar-bench.txt" 2>> "$LOG") || die "node bench.mjs failed"
	CEDAR=$(sed -n 's/^RESULT preparsed_median_dec_per_s=\([0-9]*\).*/\1/p' "$O/cedar-bench.txt")
	[ -n "$CEDAR" ] || die "no RESULT line from bench.mjs"
	row f "same verdicts as Cedar on $NREQ requests" "$SAME" "identical" \
		"$(if grep -q 'verdict mismatches 0 ' "$O/compare.txt"; then echo yes; else echo no; fi)"
	row f "cedar-wasm 4.13 (Node $(node --version)), preparsed, in process" "$CEDAR decisions/s" "-" "-"
	row f "residency check end to end ($(mb "$O/cedar-plan.yaml") MB YAML plan, JSON report)" \
		"$E2E decisions/s ($(calc "$t*1e3" .0f) ms) = $(calc "$E2E/$CEDAR" .0f)× cedar-wasm" "≥ 25×" \
		"$(met "$E2E >= 25*$CEDAR")"
	row f "residency in process (from (a))" "$(calc "$ADEC" .0f) decisions/s = $(calc "$ADEC/$CEDAR" .0f)× cedar-wasm" "-" "-"
fi

# ---------------------------------------------------------------- the table
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$RES" "$O/results.md" "$MACHINE" "$LOAD0" "$LOAD1" "$(date -u +%Y-%m-%d)" <<'EOF'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
out = [f"Machine: {sys.argv[3]}.  Run on {sys.argv[6]}; load average {sys.argv[4]} before, "
       f"{sys.argv[5]} after.", "",
       "| | measurement | result | target | met |", "|---|---|---|---|---|"]
for r in rows:
    out.append("| " + " | ".join(r) + " |")
text = "\n".join(out) + "\n"
open(sys.argv[2], "w", encoding="utf-8").write(text)
sys.stdout.write(text)
EOF
say "inputs, raw timings and the table: $O (results.md)"
