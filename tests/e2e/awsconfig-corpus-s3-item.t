$ residency check --as-of 2026-12-01 tests/corpus/inventory/cloud-custodian_cloud-custodian_awsconfig-s3-ci.json
tests/corpus/inventory/cloud-custodian_cloud-custodian_awsconfig-s3-ci.json:1:1: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (config-rule-sanity)
0 errors, 1 warning, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
