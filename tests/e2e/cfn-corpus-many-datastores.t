$ residency check --as-of 2026-12-01 -q --region us-east-1 tests/corpus/cloudformation/bridgecrewio_checkov_encryption-many-datastores.json
0 errors, 28 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
