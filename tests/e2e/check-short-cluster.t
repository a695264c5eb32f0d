$ residency check -qx examples/plan.yaml
--- stderr
residency: error: unknown option '-x'
Try 'residency help check'.
--- exit 2
