$ residency check --as-of 2026-12-01 tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-kms-cryptokeys.json
0 errors, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
