$ residency check -p examples/acme.rpl --fail-on warning -q data/../../../examples/plan.yaml
--- stderr
data/../../../examples/plan.yaml: error: cannot read plan: No such file or directory
--- exit 2
