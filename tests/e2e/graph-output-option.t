$ residency graph -o plan.svg examples/plan.yaml
--- stderr
residency: error: unknown option '-o'
Try 'residency help graph'.
--- exit 2
