$ residency check --as-of 2026-11-28 tests/corpus/terraform/terraform-compliance_cli_dynamodb-kms-no-region.json
tests/corpus/terraform/terraform-compliance_cli_dynamodb-kms-no-region.json:1:1260: error: [unknown-location] its location cannot be determined from the plan: the region of its provider is unknown: the plan has no aws provider configuration with a region; if the region comes from the environment at apply (AWS_REGION), give it with --default-region aws=REGION (aws_dynamodb_table.test)
1 error, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-11-28 (--as-of)
--- stderr
tests/corpus/terraform/terraform-compliance_cli_dynamodb-kms-no-region.json: error: could not judge aws_dynamodb_table.test (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
