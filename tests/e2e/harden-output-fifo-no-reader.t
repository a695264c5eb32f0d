$ d=$(mktemp -d); mkfifo $d/f; residency check -o $d/f tests/e2e/data/clean-plan.yaml 2>&1 | sed "s|$d|DIR|"; rm -rf $d
residency: error: cannot write 'DIR/f': No such device or address
--- stderr
--- exit 0
