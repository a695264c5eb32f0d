#!/bin/sh
# pre-commit-hook.sh FILE... — the residency gate for a commit.
#
# Policies (*.rpl) must be in canonical layout and their tests must pass;
# plans (*.yaml, *.yml, *.json: YAML plans or Terraform plan JSON) are checked
# against the policy files in RESIDENCY_POLICY (space-separated; default
# examples/tutorial/brightwave.rpl; empty: the built-in standard library).
# Other files are ignored.  RESIDENCY names the binary (default: residency),
# RESIDENCY_CHECK_OPTIONS extra options for check (space-separated).
#
# Exit status: the worst of the commands run — 0 clean, 1 findings or failed
# tests or layout, 2 something could not be judged.
set -u
residency=${RESIDENCY:-residency}
policy=${RESIDENCY_POLICY-examples/tutorial/brightwave.rpl}
check_options=${RESIDENCY_CHECK_OPTIONS-}
status=0

run() {
	"$@"
	s=$?
	[ $s -gt $status ] && status=$s
	return 0
}

for f in "$@"; do
	case $f in
	*.rpl)
		run "$residency" fmt --check "$f"
		run "$residency" test "$f"
		;;
	*.yaml | *.yml | *.json)
		# shellcheck disable=SC2086 # the policy list and options are split on purpose
		run "$residency" check $check_options $(for p in $policy; do printf -- '-p %s ' "$p"; done) "$f"
		;;
	esac
done
exit $status
