$ residency check --as-of 2026-06-01 -p tests/adversarial/eu_only.rpl tests/adversarial/tf_unclassified_us.json
tests/adversarial/tf_unclassified_us.json:6:4: error: [unclassified] holds data, and its tags are unknown until apply, so its data classes (tag 'data-classes') cannot be read; classify it with a --classes entry (aws_s3_bucket.b)
    store: aws:us-east-1 (US)
1 error, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-06-01 (--as-of)
--- stderr
--- exit 1
