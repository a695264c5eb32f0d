$ residency check --as-of 2026-12-01 --require-classes tests/pulumi/export-azure-sql.json
tests/pulumi/export-azure-sql.json:96:13: error: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (urn:pulumi:prod::ledger::azure-native:sql:Database::ledger)
tests/pulumi/export-azure-sql.json:153:13: error: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (urn:pulumi:prod::ledger::azure-native:dbforpostgresql:Server::ledger-pg)
2 errors, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
