$ residency check --as-of plan -q tests/e2e/data/stdlib-plan.yaml tests/e2e/data/clean-plan.yaml
2 errors, 1 warning, 0 infos, 0 waived; 10 facts checked in 2 plans; as of 2026-11-28 (the plan's as_of, --as-of plan)
--- stderr
--- exit 1
