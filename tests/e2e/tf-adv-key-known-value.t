$ residency check -q --fail-on warning --as-of 2026-06-01 tests/adversarial/tf_key_known_value_ignored.json
0 errors, 1 warning, 0 infos, 0 waived; 1 fact checked; as of 2026-06-01 (--as-of)
--- stderr
--- exit 1
