$ residency check -q --as-of 2026-06-01 -p tests/adversarial/no_transfer_out.rpl tests/adversarial/tf_az_pg_geo_true.json
2 errors, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-06-01 (--as-of)
--- stderr
--- exit 1
