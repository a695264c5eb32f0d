$ residency explain --plan tests/toolkit/diff_plan.yaml 'store of personal at DE'
--- stderr
residency: error: unknown option '--plan'
Try 'residency help explain'.
--- exit 2
