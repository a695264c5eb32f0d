$ residency check --as-of 2026-11-28 tests/tf/spanner-multi-region.json
tests/tf/spanner-multi-region.json:123:7: error: [eu_gdpr_store] Personal data of EEA origin is held outside the EEA and adequate countries, and neither a modelled flow nor the store records a Chapter V basis for its export (google_spanner_instance.global)
    rule: Personal data of EEA origin held outside the EEA and adequate countries records its Chapter V basis
    classes: personal
    store: gcp:us-central1 (US); replica gcp:us-central2 (US); replica gcp:europe-west1 (BE); replica gcp:asia-east1 (TW); replica gcp:us-east1 (US)
    failed: require attr eu_transfer_basis == "EU_BCR" or attr eu_transfer_basis == "EU_CODE_OF_CONDUCT" or attr eu_transfer_basis == "EU_CERTIFICATION" or attr eu_transfer_basis == "EU_AD_HOC_CLAUSES" or attr eu_transfer_basis == "EU_PUBLIC_AUTHORITY_INSTRUMENT" or (origin in EU_SCC_PERIOD and attr eu_transfer_basis == "EU_SCC") or (location in EU_FREE_FLOW + EU_DPF_COUNTRIES and attr eu_transfer_basis == "EU_DPF") or (origin in EU_LEGACY_SCC_PERIOD and attr eu_transfer_basis == "EU_LEGACY_SCC")
    cite: GDPR Art. 44-49; EDPB Guidelines 05/2021
    remedy: Model the export as a flow into this store with its mechanism, or record the basis on the store (attr eu_transfer_basis = "EU_SCC", or "EU_DPF" for a certified US recipient); an Art. 49 derogation cannot cover data kept abroad
    policy: <lib>/laws/eu_gdpr.rpl:223
tests/tf/spanner-multi-region.json:123:7: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (google_spanner_instance.global (replica gcp:asia-east1))
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: US→TW
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: google_spanner_instance.global
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
2 errors, 0 warnings, 0 infos, 0 waived; 14 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 1
