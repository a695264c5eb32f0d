$ residency check --as-of 2026-11-28 tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_storage-bucket-eu.json
tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_storage-bucket-eu.json:136:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (google_storage_bucket.full-list-default)
    store: gcp:EU (AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO, SE, SI, SK)
tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_storage-bucket-eu.json:136:7: error: [unknown-location] the location of its encryption key cannot be determined from the plan: its key 'test-default_kms_key_name' names no location (google_storage_bucket.full-list-default)
    store: gcp:EU (AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO, SE, SI, SK)
1 error, 1 warning, 0 infos, 0 waived; 1 fact checked; as of 2026-11-28 (--as-of)
--- stderr
tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_storage-bucket-eu.json: error: could not judge google_storage_bucket.full-list-default (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
