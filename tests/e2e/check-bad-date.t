$ residency check --as-of 2023-02-30 examples/plan.yaml
--- stderr
residency: error: invalid date '2023-02-30' for --as-of (expected YYYY-MM-DD, a real calendar date)
Try 'residency help check'.
--- exit 2
