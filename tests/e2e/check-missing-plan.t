$ residency check -p examples/acme.rpl tests/e2e/data/missing.yaml
--- stderr
tests/e2e/data/missing.yaml: error: cannot read plan: No such file or directory
--- exit 2
