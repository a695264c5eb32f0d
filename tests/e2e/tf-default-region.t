$ residency check --as-of 2026-06-01 --default-region google=europe-west1 --default-region aws=eu-west-1 tests/corpus/terraform/terraform-compliance_cli_dynamodb-kms-no-region.json
tests/corpus/terraform/terraform-compliance_cli_dynamodb-kms-no-region.json:1:1260: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_dynamodb_table.test)
    store: aws:eu-west-1 (IE)
0 errors, 1 warning, 0 infos, 0 waived; 1 fact checked; as of 2026-06-01 (--as-of)
--- stderr
--- exit 0
