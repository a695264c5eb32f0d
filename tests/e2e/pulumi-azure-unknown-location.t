$ residency check --as-of 2026-12-01 tests/pulumi/export-azure-noloc.json
tests/pulumi/export-azure-noloc.json:33:13: error: [unknown-location] the region of urn:pulumi:prod::notes::azure-native:storage:StorageAccount::notes cannot be determined from the Pulumi file: neither the resource, its provider, the stack's configuration (azure-native:location) nor its resource group in the file sets a location; give it with --default-region azure=REGION (urn:pulumi:prod::notes::azure-native:storage:StorageAccount::notes)
1 error, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
tests/pulumi/export-azure-noloc.json: error: could not judge urn:pulumi:prod::notes::azure-native:storage:StorageAccount::notes (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
