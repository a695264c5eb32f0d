$ residency check --as-of 2026-11-28 tests/corpus/terraform/fugue_regula_aws-google-multicloud.json
tests/corpus/terraform/fugue_regula_aws-google-multicloud.json:363:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.example)
    store: aws:us-west-2 (US)
tests/corpus/terraform/fugue_regula_aws-google-multicloud.json:541:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (google_storage_bucket.example)
    store: gcp:US (US)
0 errors, 2 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
