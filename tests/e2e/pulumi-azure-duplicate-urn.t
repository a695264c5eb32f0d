$ residency check --as-of 2026-12-01 tests/pulumi/export-azure-duplicate.json
--- stderr
tests/pulumi/export-azure-duplicate.json:82:13: error: resource 'urn:pulumi:dev::docs::azure-native:storage:StorageAccount::docsstore': the address of an earlier resource (duplicate)
   82 |             {
      |             ^
--- exit 2
