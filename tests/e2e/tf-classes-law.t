$ residency check --as-of 2026-06-01 --classes tests/tf/law.classes.yaml tests/tf/s3-replication.json
tests/tf/s3-replication.json: warning: [unused-classes-entry] --classes entry 'aws_s3_bucket.typo_never_matches' (tests/tf/law.classes.yaml:17:12) matches no resource of the plan (aws_s3_bucket.typo_never_matches)
tests/tf/s3-replication.json: warning: [unused-waiver] waiver of eu_gdpr_transfer for aws_s3_bucket_replication_configuration.partner matched no violation: no store or flow is named aws_s3_bucket_replication_configuration.partner (aws_s3_bucket_replication_configuration.partner)
    waiver: rule eu_gdpr_transfer, target aws_s3_bucket_replication_configuration.partner, expires 2027-01-31
tests/tf/s3-replication.json:337:7: waived error: [unknown-location] its replication destination cannot be determined from the plan: bucket 'arn:aws:s3:::partner-inbox' is not in the plan (aws_s3_bucket_replication_configuration.partner)
    waived: The partner bucket is in eu-west-1 (contract PRIV-9); it is outside this plan (expires 2027-01-31)
0 errors, 2 warnings, 0 infos, 1 waived; 5 facts checked; as of 2026-06-01 (--as-of)
--- stderr
--- exit 0
