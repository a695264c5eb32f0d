$ residency check --as-of 2026-11-28 tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_storage-bucket-eu.json
tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_storage-bucket-eu.json:136:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (google_storage_bucket.full-list-default)
tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_storage-bucket-eu.json:136:7: error: [unknown-location] the location of its encryption key cannot be determined from the plan: its key 'test-default_kms_key_name' names no location (google_storage_bucket.full-list-default)
1 error, 1 warning, 0 infos, 0 waived; 1 fact checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 1
