$ residency check --as-of 2026-11-28 tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_sql-instance-us-central1.json
tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_sql-instance-us-central1.json:237:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (google_sql_database_instance.main)
tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_sql-instance-us-central1.json:237:7: error: [unknown-location] the location of its replication source cannot be determined from the plan: 'test-master_instance_name' is not in the plan (google_sql_database_instance.main)
1 error, 1 warning, 0 infos, 0 waived; 2 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 1
