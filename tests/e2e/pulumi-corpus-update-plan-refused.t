$ residency check --as-of 2026-12-01 tests/corpus/pulumi/pulumi_pulumi-aws_openzfs-update-plan.json
--- stderr
tests/corpus/pulumi/pulumi_pulumi-aws_openzfs-update-plan.json:1:1: error: not a Pulumi preview or stack export: expected steps (pulumi preview --json) or deployment (pulumi stack export); an update plan (--save-plan) is not read
    1 | {
      | ^
--- exit 2
