$ residency lint --as-of plan tests/e2e/data/adversarial/inject.rpl
--- stderr
residency: error: invalid date 'plan' for --as-of (expected YYYY-MM-DD, a real calendar date)
Try 'residency help lint'.
--- exit 2
