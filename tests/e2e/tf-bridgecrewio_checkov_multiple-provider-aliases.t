$ residency check --as-of 2026-11-28 tests/corpus/terraform/bridgecrewio_checkov_multiple-provider-aliases.json
0 errors, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
