$ d=$(mktemp -d); echo old > $d/r.txt; residency check -p examples/acme.rpl -o $d/r.txt tests/e2e/data/missing.yaml; echo "exit $?"; cat $d/r.txt; ls $d; rm -rf $d
exit 2
old
r.txt
--- stderr
tests/e2e/data/missing.yaml: error: cannot read plan: No such file or directory
--- exit 0
