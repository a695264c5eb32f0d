$ residency check -q --as-of 2026-06-01 tests/adversarial/tf_efs_replication.json
1 error, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-06-01 (--as-of)
--- stderr
--- exit 1
