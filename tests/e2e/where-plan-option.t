$ residency where personal --plan=tests/toolkit/diff_plan.yaml
--- stderr
residency: error: unknown option '--plan'
Try 'residency help where'.
--- exit 2
