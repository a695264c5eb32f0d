$ residency check --as-of 2026-12-01 tests/corpus/azure/Azure_azure-docs-json-samples_add-sku-literal-eastus.json
tests/corpus/azure/Azure_azure-docs-json-samples_add-sku-literal-eastus.json:26:5: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (Microsoft.Storage/storageAccounts at 26:5)
0 errors, 1 warning, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
