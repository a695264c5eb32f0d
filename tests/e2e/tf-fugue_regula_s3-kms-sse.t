$ residency check --as-of 2026-11-28 tests/corpus/terraform/fugue_regula_s3-kms-sse.json
tests/corpus/terraform/fugue_regula_s3-kms-sse.json:153:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.aes_encrypted)
    store: aws:us-east-1 (US)
tests/corpus/terraform/fugue_regula_s3-kms-sse.json:228:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.kms_encrypted)
    store: aws:us-east-1 (US)
tests/corpus/terraform/fugue_regula_s3-kms-sse.json:304:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.unencrypted)
    store: aws:us-east-1 (US)
0 errors, 3 warnings, 0 infos, 0 waived; 3 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
