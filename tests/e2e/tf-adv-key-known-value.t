$ residency check -q --as-of 2026-06-01 tests/adversarial/tf_key_known_value_ignored.json
1 error, 0 warnings, 0 infos, 0 waived; 1 fact checked
--- stderr
--- exit 1
