$ d=$(mktemp -d); residency check -p examples/quickstart/policy.rpl -f sarif ./examples/quickstart/plan.yaml > $d/old.sarif; residency check -p examples/quickstart/policy.rpl -q --baseline $d/old.sarif examples/quickstart/plan.yaml; echo "exit $?"; rm -rf $d
0 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked
exit 0
--- stderr
--- exit 0
