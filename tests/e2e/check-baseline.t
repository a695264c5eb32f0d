$ d=$(mktemp -d); residency check -p examples/quickstart/policy.rpl -f json -o $d/old.json examples/quickstart/plan.yaml 2>/dev/null; residency check -p examples/quickstart/policy.rpl --baseline $d/old.json examples/quickstart/plan.yaml; echo "exit $?"; residency check -p examples/acme.rpl --baseline $d/old.json -q examples/plan.yaml; echo "exit $?"; rm -rf $d
0 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked
exit 0
3 errors, 0 warnings, 0 infos, 1 waived; 9 facts checked
exit 1
--- stderr
--- exit 0
