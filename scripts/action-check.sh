#!/bin/bash
# action-check.sh — the GitHub Action's check step.
#
# Runs residency check with the Action's inputs (INPUT_POLICY, INPUT_PLANS,
# INPUT_FORMAT, INPUT_OUTPUT, INPUT_FAIL_ON, INPUT_ARGS): annotations in the
# log (-f github), the report in INPUT_OUTPUT, the Markdown report appended
# to GITHUB_STEP_SUMMARY.  Writes exit-code and report to GITHUB_OUTPUT and
# always exits 0, so that the upload step still runs; the Action's last step
# exits with exit-code (0, 1 or 2, as residency check).
set -uo pipefail
fmt=${INPUT_FORMAT:-sarif}
out=${INPUT_OUTPUT:-residency.$fmt}
summary="${RUNNER_TEMP:-/tmp}/residency-summary.$$.md"
args=()
for p in ${INPUT_POLICY:-}; do
	args+=(-p "$p")
done
# shellcheck disable=SC2086 # plans and extra options are word lists (globs too)
residency check "${args[@]}" -f github -o "$fmt=$out" -o "markdown=$summary" \
	--fail-on "${INPUT_FAIL_ON:-error}" ${INPUT_ARGS:-} ${INPUT_PLANS:?no plans given}
rc=$?
{
	if [ -s "$summary" ]; then
		cat "$summary"
	else
		echo "## residency: could not judge the plans"
		echo
		echo "\`residency check\` exited with status $rc: a plan or a policy could not be read. The log and the annotations say where."
	fi
} >>"${GITHUB_STEP_SUMMARY:-/dev/null}"
rm -f "$summary"
{
	echo "exit-code=$rc"
	echo "report=$out"
} >>"${GITHUB_OUTPUT:-/dev/null}"
exit 0
