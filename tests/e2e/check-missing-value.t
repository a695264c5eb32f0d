$ residency check examples/plan.yaml --pol
--- stderr
residency: error: option '--policy' needs a value
Try 'residency help check'.
--- exit 2
