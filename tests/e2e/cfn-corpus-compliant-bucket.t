$ residency check --as-of 2026-12-01 --region eu-west-1 tests/corpus/cloudformation/aws-cloudformation_aws-cloudformation-templates_compliant-bucket.yaml
tests/corpus/cloudformation/aws-cloudformation_aws-cloudformation-templates_compliant-bucket.yaml:16:3: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (ObjectStorageBucket)
tests/corpus/cloudformation/aws-cloudformation_aws-cloudformation-templates_compliant-bucket.yaml:74:3: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (ObjectStorageLogBucket)
tests/corpus/cloudformation/aws-cloudformation_aws-cloudformation-templates_compliant-bucket.yaml:136:3: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (ObjectStorageReplicaBucket)
0 errors, 3 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
