$ residency check --as-of 2026-12-01 tests/corpus/inventory/cloud-custodian_cloud-custodian_awsconfig-rds-cluster-items.json
tests/corpus/inventory/cloud-custodian_cloud-custodian_awsconfig-rds-cluster-items.json:3:9: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (database-1)
0 errors, 1 warning, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
