$ residency check --as-of 2026-11-28 tests/corpus/terraform/fugue_regula_azure-log-profile-grs.json
tests/corpus/terraform/fugue_regula_azure-log-profile-grs.json:150:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (azurerm_storage_account.main)
    store: azure:westeurope (NL); replica azure:northeurope (IE)
0 errors, 1 warning, 0 infos, 0 waived; 2 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
