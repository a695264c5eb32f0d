$ residency check --as-of 2026-11-28 --classes tests/e2e/data/all-personal.classes.yaml tests/corpus/terraform/fugue_regula_azure-log-profile-grs.json
0 errors, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
