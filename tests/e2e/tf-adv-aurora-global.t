$ residency check -q --as-of 2026-06-01 tests/adversarial/tf_aurora_global.json
1 error, 0 warnings, 0 infos, 0 waived; 4 facts checked; as of 2026-06-01 (--as-of)
--- stderr
--- exit 1
