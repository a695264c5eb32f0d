$ residency check --fial-on warning examples/plan.yaml
--- stderr
residency: error: unknown option '--fial-on'; did you mean '--fail-on'?
Try 'residency help check'.
--- exit 2
