$ residency check --as-of 2026-12-01 tests/pulumi/export-azure-cosmos.json
tests/pulumi/export-azure-cosmos.json:57:13: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (urn:pulumi:prod::orders::azure-native:documentdb:DatabaseAccount::orders-db (replica azure:eastus))
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: NL→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: urn:pulumi:prod::orders::azure-native:documentdb:DatabaseAccount::orders-db
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
1 error, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
