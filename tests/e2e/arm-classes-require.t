$ residency check --as-of 2026-12-01 --require-classes tests/corpus/azure/Azure_azure-docs-json-samples_add-sku-literal-eastus.json
tests/corpus/azure/Azure_azure-docs-json-samples_add-sku-literal-eastus.json:26:5: error: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (Microsoft.Storage/storageAccounts at 26:5)
1 error, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
