$ residency check --as-of 2026-12-01 tests/pulumi/export-azure-native.json
tests/pulumi/export-azure-native.json:47:13: error: [unmodelled-resource] resource type azure-native:storage:StorageAccount is not modelled, but it carries the tag 'data-classes': where it keeps and copies its data cannot be judged (urn:pulumi:dev::docs::azure-native:storage:StorageAccount::docsstore)
1 error, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
tests/pulumi/export-azure-native.json: error: could not judge urn:pulumi:dev::docs::azure-native:storage:StorageAccount::docsstore (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
