$ residency check --as-of 2026-11-28 tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_bigquery-dataset-eu.json
tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_bigquery-dataset-eu.json:34:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (google_bigquery_dataset.default)
    store: gcp:EU (AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO, SE, SI, SK)
0 errors, 1 warning, 0 infos, 0 waived; 1 fact checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
