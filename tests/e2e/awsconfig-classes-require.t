$ residency check --as-of 2026-12-01 --require-classes tests/corpus/inventory/cloud-custodian_cloud-custodian_awsconfig-rds-cluster-items.json
tests/corpus/inventory/cloud-custodian_cloud-custodian_awsconfig-rds-cluster-items.json:3:9: error: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (database-1)
1 error, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
