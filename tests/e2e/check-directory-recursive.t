$ residency check --as-of 2026-11-28 -q -p examples/quickstart/policy.rpl --recursive tests/e2e/data/tree
2 errors, 0 warnings, 0 infos, 0 waived; 6 facts checked in 2 plans; as of 2026-11-28 (--as-of)
--- stderr
--- exit 1
