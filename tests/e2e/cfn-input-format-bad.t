$ residency check --input-format cloud tests/cfn/orders.yaml
--- stderr
residency: error: invalid --input-format 'cloud' (expected yaml, terraform, terraform-state, cloudformation, arm, aws-config, pulumi, fides or gcp-asset)
Try 'residency help check'.
--- exit 2
