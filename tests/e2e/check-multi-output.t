$ d=$(mktemp -d); residency check --as-of 2026-11-28 -p examples/quickstart/policy.rpl -o sarif=$d/r.sarif -o junit=$d/r.xml -o codequality=$d/cq.json examples/quickstart/plan.yaml 2>$d/log; echo "exit $?"; sed "s|$d|DIR|g" $d/log; ls $d; rm -rf $d
exit 1
residency: 2 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked; as of 2026-11-28 (--as-of); reports in DIR/r.sarif, DIR/r.xml, DIR/cq.json
cq.json
log
r.sarif
r.xml
--- stderr
--- exit 0
