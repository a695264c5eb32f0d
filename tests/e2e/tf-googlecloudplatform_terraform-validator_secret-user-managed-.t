$ residency check --as-of 2026-11-28 tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_secret-user-managed-replicas.json
tests/corpus/terraform/GoogleCloudPlatform_terraform-validator_secret-user-managed-replicas.json:87:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (google_secret_manager_secret.secret-basic)
    store: gcp:us-central1 (US); replica gcp:us-east1 (US)
0 errors, 1 warning, 0 infos, 0 waived; 2 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
