$ residency check -q --as-of 2026-06-01 --require-classes tests/corpus/terraform/fugue_regula_aws-google-multicloud.json
2 errors, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-06-01 (--as-of)
--- stderr
--- exit 1
