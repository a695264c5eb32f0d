$ residency diff tests/toolkit/diff_region.rpl tests/toolkit/diff_require.rpl --plan tests/toolkit/diff_order.yaml
- tests/toolkit/diff_order.yaml:6:9: error: [health_home] lab
- tests/toolkit/diff_order.yaml:6:55: error: [health_home] clinic
+ tests/toolkit/diff_order.yaml:8:5: error: [transfer_basis] crm-to-seoul
+ tests/toolkit/diff_order.yaml:13:5: error: [transfer_basis] backup-to-seoul
--- stderr
--- exit 1
