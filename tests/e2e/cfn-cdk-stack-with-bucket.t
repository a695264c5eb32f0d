$ residency check --as-of 2026-12-01 tests/corpus/cdk/aws_aws-cdk-cli_stack-with-bucket
tests/corpus/cdk/aws_aws-cdk-cli_stack-with-bucket/Stack1.template.json:3:3: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (MyBucketF68F3FF0)
0 errors, 1 warning, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
