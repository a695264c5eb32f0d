$ residency check --as-of 2026-12-01 --region westeurope tests/corpus/azure/Azure_bicep-registry-modules_avm-storage-account-main.json
tests/corpus/azure/Azure_bicep-registry-modules_avm-storage-account-main.json:2403:5: error: [unclassified] its tags are an expression that cannot be read from the template, so its data classes are unknown; write tag 'data-classes' out (Microsoft.Storage/storageAccounts at 2403:5)
1 error, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
