$ residency check --as-of 2026-12-01 --classes tests/pulumi/azure-waive.classes.yaml tests/pulumi/export-azure-noloc.json
tests/pulumi/export-azure-noloc.json:33:13: waived error: [unknown-location] the region of urn:pulumi:prod::notes::azure-native:storage:StorageAccount::notes cannot be determined from the Pulumi file: neither the resource, its provider, the stack's configuration (azure-native:location) nor its resource group in the file sets a location; give it with --default-region azure=REGION (urn:pulumi:prod::notes::azure-native:storage:StorageAccount::notes)
    waived: The shared-eu resource group is in West Europe (managed outside this stack) (expires 2027-01-31)
0 errors, 0 warnings, 0 infos, 1 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
