$ residency check -q --fail-on never --as-of 2026-06-01 tests/corpus/terraform/terraform-compliance_cli_dynamodb-kms-no-region.json
1 error, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-06-01 (--as-of)
--- stderr
tests/corpus/terraform/terraform-compliance_cli_dynamodb-kms-no-region.json: error: could not judge aws_dynamodb_table.test (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
