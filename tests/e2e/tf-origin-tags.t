$ residency check --as-of 2026-06-01 tests/tf/origin-tags.json
tests/tf/origin-tags.json:6:4: error: [eu_gdpr_store] Personal data of EEA origin is held outside the EEA and adequate countries, and neither a modelled flow nor the store records a Chapter V basis for its export (aws_s3_bucket.eu_customers)
    rule: Personal data of EEA origin held outside the EEA and adequate countries records its Chapter V basis
    classes: personal
    store: aws:us-east-1 (US)
    failed: require attr eu_transfer_basis == "EU_BCR" or attr eu_transfer_basis == "EU_CODE_OF_CONDUCT" or attr eu_transfer_basis == "EU_CERTIFICATION" or attr eu_transfer_basis == "EU_AD_HOC_CLAUSES" or attr eu_transfer_basis == "EU_PUBLIC_AUTHORITY_INSTRUMENT" or (origin in EU_SCC_PERIOD and attr eu_transfer_basis == "EU_SCC") or (location in EU_FREE_FLOW + EU_DPF_COUNTRIES and attr eu_transfer_basis == "EU_DPF") or (origin in EU_LEGACY_SCC_PERIOD and attr eu_transfer_basis == "EU_LEGACY_SCC")
    cite: GDPR Art. 44-49; EDPB Guidelines 05/2021
    remedy: Model the export as a flow into this store with its mechanism, or record the basis on the store (attr eu_transfer_basis = "EU_SCC", or "EU_DPF" for a certified US recipient); an Art. 49 derogation cannot cover data kept abroad
    policy: <lib>/laws/eu_gdpr.rpl:223
tests/tf/origin-tags.json:6:4: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (aws_s3_bucket.eu_customers.replication_configuration)
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: US→IN
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: aws_s3_bucket.eu_customers
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
tests/tf/origin-tags.json:61:4: error: [eu_gdpr_store] Personal data of EEA origin is held outside the EEA and adequate countries, and neither a modelled flow nor the store records a Chapter V basis for its export (google_storage_bucket.labels)
    rule: Personal data of EEA origin held outside the EEA and adequate countries records its Chapter V basis
    classes: personal
    store: gcp:US (US)
    failed: require attr eu_transfer_basis == "EU_BCR" or attr eu_transfer_basis == "EU_CODE_OF_CONDUCT" or attr eu_transfer_basis == "EU_CERTIFICATION" or attr eu_transfer_basis == "EU_AD_HOC_CLAUSES" or attr eu_transfer_basis == "EU_PUBLIC_AUTHORITY_INSTRUMENT" or (origin in EU_SCC_PERIOD and attr eu_transfer_basis == "EU_SCC") or (location in EU_FREE_FLOW + EU_DPF_COUNTRIES and attr eu_transfer_basis == "EU_DPF") or (origin in EU_LEGACY_SCC_PERIOD and attr eu_transfer_basis == "EU_LEGACY_SCC")
    cite: GDPR Art. 44-49; EDPB Guidelines 05/2021
    remedy: Model the export as a flow into this store with its mechanism, or record the basis on the store (attr eu_transfer_basis = "EU_SCC", or "EU_DPF" for a certified US recipient); an Art. 49 derogation cannot cover data kept abroad
    policy: <lib>/laws/eu_gdpr.rpl:223
3 errors, 0 warnings, 0 infos, 0 waived; 4 facts checked; as of 2026-06-01 (--as-of)
--- stderr
--- exit 1
