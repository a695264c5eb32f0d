$ residency check --as-of 2026-12-01 --default-region azure=westeurope tests/pulumi/export-azure-noloc.json
0 errors, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
