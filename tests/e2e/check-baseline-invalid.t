$ residency check -p examples/quickstart/policy.rpl --baseline tests/e2e/data/clean-plan.yaml examples/quickstart/plan.yaml
--- stderr
tests/e2e/data/clean-plan.yaml:1:2: error: invalid baseline: '[' or '{' expected near 'as'
    1 | as_of: 2026-11-28
      |  ^
--- exit 2
