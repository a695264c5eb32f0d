$ residency check --as-of 2026-11-28 tests/corpus/terraform/bridgecrewio_checkov_provider-alias-dynamodb.json
tests/corpus/terraform/bridgecrewio_checkov_provider-alias-dynamodb.json:116:9: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_dynamodb_table.cross-environment-violations)
    store: aws:us-west-2 (US)
tests/corpus/terraform/bridgecrewio_checkov_provider-alias-dynamodb.json:190:9: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.test-bucket1)
    store: aws:us-west-2 (US)
0 errors, 2 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
