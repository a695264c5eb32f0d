$ residency check --as-of 2026-12-01 -o /dev/full tests/e2e/data/clean-plan.yaml
--- stderr
residency: error: cannot write '/dev/full': No space left on device
--- exit 2
