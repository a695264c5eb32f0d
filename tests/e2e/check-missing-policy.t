$ residency check -p tests/e2e/data/nope.rpl examples/plan.yaml
--- stderr
residency: error: cannot read 'tests/e2e/data/nope.rpl': No such file or directory
--- exit 2
