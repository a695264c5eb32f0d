$ residency check --as-of 2026-06-01 tests/tf/origin-tags.json
tests/tf/origin-tags.json:6:4: error: [eu_gdpr_transfer] Personal data from the EEA goes to a country without an EU adequacy decision and without a Chapter V safeguard (aws_s3_bucket.eu_customers.replication_configuration)
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: US→IN
    failed: require mechanism in { EU_SCC, EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT, EU_DEROGATION } or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: aws_s3_bucket.eu_customers
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:114
1 error, 0 warnings, 0 infos, 0 waived; 4 facts checked
--- stderr
--- exit 1
