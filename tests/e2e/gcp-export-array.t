$ residency check --as-of 2026-12-01 tests/gcp/export.json
tests/gcp/export.json:2:3: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (//bigtableadmin.googleapis.com/projects/acme-prod/instances/events (replica gcp:us-east1))
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: BE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: //bigtableadmin.googleapis.com/projects/acme-prod/instances/events
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
tests/gcp/export.json:38:3: warning: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//firestore.googleapis.com/projects/acme-prod/databases/(default))
tests/gcp/export.json:86:3: warning: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//logging.googleapis.com/projects/acme-prod/locations/europe-west1/buckets/audit)
1 error, 2 warnings, 0 infos, 0 waived; 8 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
