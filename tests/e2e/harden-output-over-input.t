$ d=$(mktemp -d); cp tests/e2e/data/clean-plan.yaml $d/p.yaml; residency check -o $d/p.yaml $d/p.yaml 2>&1 | sed "s|$d|DIR|"; cmp $d/p.yaml tests/e2e/data/clean-plan.yaml && echo input intact; rm -rf $d
residency: error: refusing to write the report over the input 'DIR/p.yaml'
input intact
--- stderr
--- exit 0
