$ residency check --as-of 2026-06-01 -p tests/adversarial/eu_only.rpl tests/adversarial/tf_actions_string.json
--- stderr
tests/adversarial/tf_actions_string.json:1:1: error: resource_changes[0] (aws_s3_bucket.b): malformed change (actions must be a list of Terraform action names, after and after_unknown objects)
    1 | {
      | ^
--- exit 2
