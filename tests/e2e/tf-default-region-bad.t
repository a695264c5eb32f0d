$ residency check --default-region eu-west-1 tests/corpus/terraform/terraform-compliance_cli_dynamodb-kms-no-region.json
--- stderr
residency: error: invalid --default-region 'eu-west-1' (expected PROVIDER=REGION, e.g. aws=eu-west-1)
Try 'residency help check'.
--- exit 2
