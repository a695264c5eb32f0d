$ residency check --as-of 2026-11-28 tests/corpus/terraform/terraform-compliance_cli_azure-storage-lrs-eastus.json
tests/corpus/terraform/terraform-compliance_cli_azure-storage-lrs-eastus.json:1:1220: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (azurerm_storage_account.example)
    store: azure:eastus (US)
tests/corpus/terraform/terraform-compliance_cli_azure-storage-lrs-eastus.json:1:2914: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (azurerm_storage_account.private)
    store: azure:eastus (US)
0 errors, 2 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
