$ residency check --fail-on sometimes examples/plan.yaml
--- stderr
residency: error: invalid --fail-on 'sometimes' (expected error, warning, info or never)
Try 'residency help check'.
--- exit 2
