$ residency check --as-of 2026-12-07 -q -v tests/e2e/data/us-health-cn.yaml
2 errors, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-12-07 (--as-of)
standard library current to 2026-12-07
--- stderr
--- exit 1
