$ residency test examples/quickstart/policy.rpl tests/e2e/data/nope.rpl
--- stderr
residency: error: cannot read 'tests/e2e/data/nope.rpl': No such file or directory
--- exit 2
