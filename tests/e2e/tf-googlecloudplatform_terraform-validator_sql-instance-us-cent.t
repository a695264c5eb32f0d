$ residency check --as-of 2026-11-28 tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_sql-instance-us-central1.json
tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_sql-instance-us-central1.json:237:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (google_sql_database_instance.main)
    store: gcp:us-central1 (US); backup gcp:US (US)
tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_sql-instance-us-central1.json:237:7: error: [unknown-location] the location of its replication source cannot be determined from the plan: 'test-master_instance_name' is not in the plan (google_sql_database_instance.main)
    store: gcp:us-central1 (US); backup gcp:US (US)
1 error, 1 warning, 0 infos, 0 waived; 2 facts checked; as of 2026-11-28 (--as-of)
--- stderr
tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_sql-instance-us-central1.json: error: could not judge google_sql_database_instance.main (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
