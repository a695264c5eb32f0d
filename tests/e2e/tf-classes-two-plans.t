$ residency check --as-of 2026-06-01 --classes tests/tf/law.classes.yaml tests/tf/s3-replication.json tests/tf/class-tag.json
tests/tf/s3-replication.json: warning: [unused-classes-entry] --classes entry 'aws_s3_bucket.typo_never_matches' (tests/tf/law.classes.yaml:17:12) matches no resource of the plan (aws_s3_bucket.typo_never_matches)
tests/tf/s3-replication.json: warning: [unused-waiver] waiver of eu_gdpr_transfer for aws_s3_bucket_replication_configuration.partner matched no violation: no store or flow is named aws_s3_bucket_replication_configuration.partner (aws_s3_bucket_replication_configuration.partner)
    waiver: rule eu_gdpr_transfer, target aws_s3_bucket_replication_configuration.partner, expires 2027-01-31
tests/tf/s3-replication.json:337:7: waived error: [unknown-location] its replication destination cannot be determined from the plan: bucket 'arn:aws:s3:::partner-inbox' is not in the plan (aws_s3_bucket_replication_configuration.partner)
    waived: The partner bucket is in eu-west-1 (contract PRIV-9); it is outside this plan (expires 2027-01-31)
tests/tf/class-tag.json:141:7: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (aws_s3_bucket_replication_configuration.dr)
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: DE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
1 error, 2 warnings, 0 infos, 1 waived; 8 facts checked in 2 plans; as of 2026-06-01 (--as-of)
--- stderr
--- exit 1
