$ residency check --as-of 2026-11-28 tests/corpus/terraform/terraform-compliance_cli_azure-postgres-northeurope.json
tests/corpus/terraform/terraform-compliance_cli_azure-postgres-northeurope.json:1:5483: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (azurerm_postgresql_server.example)
    store: azure:northeurope (IE)
0 errors, 1 warning, 0 infos, 0 waived; 1 fact checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
