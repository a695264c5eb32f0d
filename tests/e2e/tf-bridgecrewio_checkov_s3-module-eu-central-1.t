$ residency check --as-of 2026-11-28 tests/corpus/terraform/bridgecrewio_checkov_s3-module-eu-central-1.json
tests/corpus/terraform/bridgecrewio_checkov_s3-module-eu-central-1.json:60:13: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (module.s3-bucket.aws_s3_bucket.this[0])
    store: aws:eu-central-1 (DE)
0 errors, 1 warning, 0 infos, 0 waived; 1 fact checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
