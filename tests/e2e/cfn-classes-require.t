$ residency check --as-of 2026-12-01 --region eu-west-1 --require-classes --classes tests/classes/cfn-bucket.classes.yaml tests/corpus/cloudformation/aws-cloudformation_aws-cloudformation-templates_compliant-bucket.yaml
tests/corpus/cloudformation/aws-cloudformation_aws-cloudformation-templates_compliant-bucket.yaml:74:3: error: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (ObjectStorageLogBucket)
tests/corpus/cloudformation/aws-cloudformation_aws-cloudformation-templates_compliant-bucket.yaml:136:3: error: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (ObjectStorageReplicaBucket)
2 errors, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
