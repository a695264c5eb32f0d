$ residency check --as-of 2026-12-01 tests/gcp/search.json
tests/gcp/search.json:2:3: error: [eu_gdpr_store] Personal data of EEA origin is held outside the EEA and adequate countries, and neither a modelled flow nor the store records a Chapter V basis for its export (//storage.googleapis.com/acme-us-exports)
    rule: Personal data of EEA origin held outside the EEA and adequate countries records its Chapter V basis
    classes: personal
    store: gcp:us-central1 (US)
    failed: require attr eu_transfer_basis == "EU_BCR" or attr eu_transfer_basis == "EU_CODE_OF_CONDUCT" or attr eu_transfer_basis == "EU_CERTIFICATION" or attr eu_transfer_basis == "EU_AD_HOC_CLAUSES" or attr eu_transfer_basis == "EU_PUBLIC_AUTHORITY_INSTRUMENT" or (origin in EU_SCC_PERIOD and attr eu_transfer_basis == "EU_SCC") or (location in EU_FREE_FLOW + EU_DPF_COUNTRIES and attr eu_transfer_basis == "EU_DPF") or (origin in EU_LEGACY_SCC_PERIOD and attr eu_transfer_basis == "EU_LEGACY_SCC")
    cite: GDPR Art. 44-49; EDPB Guidelines 05/2021
    remedy: Model the export as a flow into this store with its mechanism, or record the basis on the store (attr eu_transfer_basis = "EU_SCC", or "EU_DPF" for a certified US recipient); an Art. 49 derogation cannot cover data kept abroad
    policy: <lib>/laws/eu_gdpr.rpl:223
1 error, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
