$ d=$(mktemp -d); residency check --as-of 2026-11-28 -p examples/quickstart/policy.rpl -f json -o $d/old.json examples/quickstart/plan.yaml 2>/dev/null; residency check --as-of 2026-11-28 -p examples/quickstart/policy.rpl --baseline $d/old.json examples/quickstart/plan.yaml; echo "exit $?"; residency check --as-of 2026-11-28 -p examples/acme.rpl --baseline $d/old.json -q examples/plan.yaml; echo "exit $?"; rm -rf $d
0 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked; as of 2026-11-28 (--as-of)
exit 0
3 errors, 0 warnings, 0 infos, 1 waived; 9 facts checked; as of 2026-11-28 (--as-of)
exit 1
--- stderr
--- exit 0
