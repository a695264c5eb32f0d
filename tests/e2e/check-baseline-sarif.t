$ d=$(mktemp -d); residency check --as-of 2026-11-28 -p examples/quickstart/policy.rpl -f sarif ./examples/quickstart/plan.yaml > $d/old.sarif; residency check --as-of 2026-11-28 -p examples/quickstart/policy.rpl -q --baseline $d/old.sarif examples/quickstart/plan.yaml; echo "exit $?"; rm -rf $d
0 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked; as of 2026-11-28 (--as-of)
exit 0
--- stderr
--- exit 0
