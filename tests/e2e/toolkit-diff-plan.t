$ residency diff tests/toolkit/diff_old.rpl tests/toolkit/diff_region.rpl --plan tests/toolkit/diff_plan.yaml
- tests/toolkit/diff_plan.yaml:11:5: error: [transfer_basis] crm-to-seoul
--- stderr
--- exit 1
