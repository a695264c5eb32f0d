$ residency check --as-of 2026-12-01 --input-format pulumi tests/tfstate/replication.tfstate
--- stderr
tests/tfstate/replication.tfstate:1:1: error: not a Pulumi preview or stack export: expected steps (pulumi preview --json) or deployment (pulumi stack export)
    1 | {
      | ^
--- exit 2
