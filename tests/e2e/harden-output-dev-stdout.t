$ residency check --as-of 2026-12-01 -o /dev/stdout tests/e2e/data/adversarial/plan_unencrypted.yaml
0 errors, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of)
--- stderr
residency: 0 errors, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of); report in /dev/stdout
--- exit 0
