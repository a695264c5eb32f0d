$ residency check --as-of 2026-12-01 --input-format terraform-state tests/tf/class-tag.json
--- stderr
tests/tf/class-tag.json:1:1: error: a Terraform plan, not a state: read it with --input-format terraform
    1 | {
      | ^
--- exit 2
