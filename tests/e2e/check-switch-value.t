$ residency check --quiet=yes examples/plan.yaml
--- stderr
residency: error: option '--quiet' takes no value
Try 'residency help check'.
--- exit 2
