$ d=$(mktemp -d); cp -R examples/quickstart $d/; echo 'policy: [quickstart/policy.rpl]' > $d/.residency.yaml; echo 'fail-on: never' >> $d/.residency.yaml; mkdir $d/sub; cd $d/sub; residency check --as-of 2026-11-28 -q ../quickstart/plan.yaml; echo "exit $?"; residency check --as-of 2026-11-28 -q --fail-on error ../quickstart/plan.yaml; echo "exit $?"; residency check --as-of 2026-11-28 -q -p ../quickstart/policy.rpl --no-config ../quickstart/plan.yaml; echo "exit $?"; residency rules | head -n 2; cd /; rm -rf $d
2 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked; as of 2026-11-28 (--as-of)
exit 0
2 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked; as of 2026-11-28 (--as-of)
exit 1
2 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked; as of 2026-11-28 (--as-of)
exit 1
RULE                                 SEVERITY  KIND      CITE
customers_in_eu                      error     store     -
--- stderr
--- exit 0
