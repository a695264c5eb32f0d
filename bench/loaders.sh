#!/bin/sh
# bench/loaders.sh — the plan loaders against their bare parsers
# (docs/performance.md, "Loaders"; issue items: each loader within 1.5x of
# its bare parser on a 50 MB input, peak memory at most 2x the file).
#
#   sh bench/loaders.sh BUILD_DIR        (`make bench` runs it after run.sh)
#
# For each input format: a generated file of about 50 MB (bench/gen_cfn.py,
# bench/gen_arm.py, bench/gen_tf.py, bench/gen_deployed.py; kept in
# BUILD_DIR/bench/ between runs, regenerated when its generator changes),
# then paired rounds of `residency check` on it and of its floor on the same
# file (bench/timeit.py --pair: both commands of a round run on the machine
# in the same state): the libyaml event parse (bench/yaml_floor.c) for the
# loaders built on the document tree (CloudFormation YAML and JSON, AWS
# Config, ARM template, what-if, Resource Graph: JSON read through libyaml),
# the same parse of each line alone (yaml_floor --lines) for the Cloud Asset
# Inventory export (NDJSON, one document tree a line), jansson's json_loadb
# (bench/json_floor.c) for the Terraform plan, the Terraform state and the
# Pulumi stack export.  Prints the
# median per-round ratios (wall and CPU: user + system) and the peak RSS
# over the file's size, in the row format of bench/run.sh, as one table
# (also written to BUILD_DIR/bench/loaders.md).
#
# Environment:
#   BENCH_QUICK=1      inputs 10x smaller, 3 rounds (a smoke test of this script)
#   LOADERS_ROUNDS=N   rounds per format (default 5)
#   LOADERS_ONLY="K…"  only the rows of these keys (blank-separated; default all):
#                      cfn-yaml cfn-json config arm whatif graph tf tfstate pulumi gcp
set -eu

B=${1:?usage: sh bench/loaders.sh BUILD_DIR}
BD=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BD")
cd "$ROOT"
B=$(cd "$B" && pwd)
R=$B/residency
O=$B/bench
mkdir -p "$O"
RES=$O/loaders.tsv
: > "$RES"
LOG=$O/loaders.log
: > "$LOG"

ROUNDS=${LOADERS_ROUNDS:-5}
# resources per format for about 50 MB each
if [ "${BENCH_QUICK:-0}" = 1 ]; then
	D=10 ROUNDS=${LOADERS_ROUNDS:-3}
else
	D=1
fi
N_CFN=$((51000 / D)) N_CFNJ=$((29500 / D)) N_CONFIG=$((46000 / D))
N_ARM=$((46500 / D)) N_WHATIF=$((29200 / D)) N_GRAPH=$((53500 / D)) N_TF=$((20000 / D))
N_TFSTATE=$((22800 / D)) N_PULUMI=$((13800 / D)) N_GCP=$((48500 / D))

say() { printf '%s\n' "$*" >&2; }
die() { say "loaders: $*"; exit 2; }
row() { printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" >> "$RES"; }
calc() { python3 -c "print(format($1, '$2'))"; }
ok() { python3 -c "import sys; sys.exit(0 if ($1) else 1)"; }
met() {
	if ok "$1"; then
		if ok "$2"; then echo yes; else echo "wall only"; fi
	elif ok "$2"; then echo "CPU only"; else echo no; fi
}
# want KEY: is the row KEY asked for (LOADERS_ONLY)?
want() { [ -z "${LOADERS_ONLY:-}" ] || case " $LOADERS_ONLY " in *" $1 "*) ;; *) false ;; esac; }
mb() { calc "$(stat -L -c %s "$1")/1e6" .1f; }
ms() { calc "$1*1e3" .0f; }

[ -x "$R" ] || die "$R is missing: run make first"
command -v python3 >/dev/null || die "python3 is missing"

CC=${CC:-cc}
CFLAGS_B="-std=c11 -O2 -g -Wall -Wextra -Werror -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L"
[ "$O/yaml_floor" -nt bench/yaml_floor.c ] ||
	$CC $CFLAGS_B -o "$O/yaml_floor" bench/yaml_floor.c $(pkg-config --cflags --libs yaml-0.1)
[ "$O/json_floor" -nt bench/json_floor.c ] ||
	$CC $CFLAGS_B -o "$O/json_floor" bench/json_floor.c $(pkg-config --cflags --libs jansson)

# gen OUT SCRIPT ARGS...: run the generator unless OUT is newer than it
gen() {
	out=$1 script=$2
	shift 2
	if [ ! -s "$out" ] || [ "$script" -nt "$out" ] || [ bench/gen_plan.py -nt "$out" ] ||
		{ [ "$script" = bench/gen_deployed.py ] && [ bench/gen_tf.py -nt "$out" ]; }; then
		say "generating $out"
		python3 "$script" "$@" "$out.tmp" && mv "$out.tmp" "$out"
	fi
}

# tp NAME COMMAND_A... -- COMMAND_B...: as in bench/run.sh
tp() {
	name=$1
	shift
	set -- $(python3 bench/timeit.py --pair "$ROUNDS" "$O/time-$name.json" "$@" 2>> "$LOG") ||
		die "timing failed: see $LOG"
	WA=$1 CA=$2 XA=$3 WB=$4 CB=$5 XB=$6 RW=$7 RC=$8
	RANGE="rounds $(calc "$9" .2f)–$(calc "${10}" .2f)"
}

# loader CMD LABEL FILE FLOOR ARGS...: residency CMD (check or graph) with
# ARGS of FILE against FLOOR (yaml_floor, yaml_floor_lines, json_floor) on FILE
loader() {
	cmd=$1 label=$2 f=$3 floor=$4
	shift 4
	case $floor in
	yaml_floor) fcmd=$O/yaml_floor fname="libyaml parse" ;;
	yaml_floor_lines) fcmd="$O/yaml_floor --lines" fname="libyaml parse of each line" ;;
	*) fcmd=$O/$floor fname="jansson json_loadb" ;;
	esac
	[ "$cmd" = check ] && set -- --fail-on never "$@"
	"$R" "$cmd" "$@" "$f" > "$O/last-loader-report.txt" 2>> "$LOG" ||
		die "residency $cmd $* $f failed; see $LOG"
	say "$label"
	tp "loader-$(basename "$f")" "$R" "$cmd" "$@" "$f" -- $fcmd "$f"
	sz=$(stat -L -c %s "$f")
	row g "$cmd, $label $(mb "$f") MB ÷ $fname, $ROUNDS rounds" \
		"$(ms "$WA") ms ÷ $(ms "$WB") ms: $(calc "$RW" .2f)× ($RANGE); CPU $(ms "$CA") ÷ $(ms "$CB") ms: $(calc "$RC" .2f)×" \
		"≤ 1.5×" "$(met "$RW <= 1.5" "$RC <= 1.5")"
	row g "peak memory, $cmd of the $label" \
		"$(calc "$XA/1024" .0f) MiB = $(calc "$XA*1024/$sz" .2f)× the file ($fname alone: $(calc "$XB/1024" .0f) MiB)" \
		"≤ 2× the file" "$(if ok "$XA*1024 <= 2*$sz"; then echo yes; else echo no; fi)"
}

want cfn-yaml && gen "$O/cfn-$N_CFN.yaml" bench/gen_cfn.py yaml "$N_CFN"
want cfn-json && gen "$O/cfn-$N_CFNJ.json" bench/gen_cfn.py json "$N_CFNJ"
want config && gen "$O/awsconfig-$N_CONFIG.json" bench/gen_cfn.py config "$N_CONFIG"
want arm && gen "$O/arm-$N_ARM.json" bench/gen_arm.py template "$N_ARM"
want whatif && gen "$O/whatif-$N_WHATIF.json" bench/gen_arm.py whatif "$N_WHATIF"
want graph && gen "$O/graph-$N_GRAPH.json" bench/gen_arm.py graph "$N_GRAPH"
want tf && gen "$O/terraform-$N_TF.json" bench/gen_tf.py "$N_TF"
# bench/gen_deployed.py reuses bench/gen_tf.py's resources
want tfstate && gen "$O/state-$N_TFSTATE.tfstate" bench/gen_deployed.py tfstate "$N_TFSTATE"
want pulumi && gen "$O/pulumi-$N_PULUMI.json" bench/gen_deployed.py pulumi "$N_PULUMI"
want gcp && gen "$O/gcpasset-$N_GCP.ndjson" bench/gen_deployed.py gcpasset "$N_GCP"

LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
! want cfn-yaml ||
	loader check "CloudFormation template (YAML, $N_CFN resources)" "$O/cfn-$N_CFN.yaml" yaml_floor --region eu-central-1
! want cfn-json ||
	loader check "CloudFormation template (JSON, $N_CFNJ resources)" "$O/cfn-$N_CFNJ.json" yaml_floor --region eu-central-1
! want config || loader check "AWS Config snapshot ($N_CONFIG items)" "$O/awsconfig-$N_CONFIG.json" yaml_floor
! want arm || loader check "ARM template ($N_ARM resources)" "$O/arm-$N_ARM.json" yaml_floor --region westeurope
! want whatif || loader check "what-if result ($N_WHATIF changes)" "$O/whatif-$N_WHATIF.json" yaml_floor
! want graph || loader check "Resource Graph result ($N_GRAPH resources)" "$O/graph-$N_GRAPH.json" yaml_floor
# graph: the generated plan has encrypted databases whose keys are unknown
# until apply, which check fails closed on (exit 2); graph loads it the same way
! want tf || loader graph "Terraform plan JSON ($N_TF resources)" "$O/terraform-$N_TF.json" json_floor
! want tfstate || loader check "Terraform state ($N_TFSTATE resources)" "$O/state-$N_TFSTATE.tfstate" json_floor
! want pulumi ||
	loader check "Pulumi stack export ($N_PULUMI resources, AWS and Azure Native)" "$O/pulumi-$N_PULUMI.json" json_floor
! want gcp ||
	loader check "Cloud Asset Inventory export (NDJSON, $N_GCP assets)" "$O/gcpasset-$N_GCP.ndjson" yaml_floor_lines
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$RES" "$O/loaders.md" "$LOAD0" "$LOAD1" "$(date -u '+%Y-%m-%d %H:%M UTC')" <<'EOF'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
out = [f"Loaders, run {sys.argv[5]}; load average (1, 5, 15 min) {sys.argv[3]} before, {sys.argv[4]} after.", "",
       "| | measurement | result | target | met |", "|---|---|---|---|---|"]
for r in rows:
    out.append("| " + " | ".join(r) + " |")
text = "\n".join(out) + "\n"
open(sys.argv[2], "w", encoding="utf-8").write(text)
sys.stdout.write(text)
EOF
say "inputs, raw timings and the table: $O (loaders.md)"
