$ residency check --as-of 2026-12-01 tests/gcp/export.ndjson
tests/gcp/export.ndjson:2:1: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (//secretmanager.googleapis.com/projects/123456789012/secrets/customer-api-token (replica gcp:us-east1))
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: DE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: //secretmanager.googleapis.com/projects/123456789012/secrets/customer-api-token
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
tests/gcp/export.ndjson:5:1: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (//cloudsql.googleapis.com/projects/acme-prod/instances/orders-db-replica.masterInstanceName)
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: BE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: //cloudsql.googleapis.com/projects/acme-prod/instances/orders-db-replica
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
tests/gcp/export.ndjson:8:1: warning: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//bigquery.googleapis.com/projects/acme-prod/datasets/scratch)
2 errors, 1 warning, 0 infos, 0 waived; 10 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
