$ residency check --as-of 2026-11-28 tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_spanner-europe-west1.json
tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_spanner-europe-west1.json:96:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (google_spanner_instance.main)
    store: gcp:europe-west1 (BE)
0 errors, 1 warning, 0 infos, 0 waived; 1 fact checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
