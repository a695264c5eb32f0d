$ residency check --as-of 2026-11-28 tests/corpus/terraform/fugue_regula_google-kms-global.json
0 errors, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
