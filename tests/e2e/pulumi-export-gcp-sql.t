$ residency check --as-of 2026-12-01 tests/pulumi/export-gcp-sql.json
tests/pulumi/export-gcp-sql.json:41:13: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (urn:pulumi:prod::clinic::gcp:sql/databaseInstance:DatabaseInstance::patients (backup gcp:US))
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: health
    pairs: BE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: urn:pulumi:prod::clinic::gcp:sql/databaseInstance:DatabaseInstance::patients
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
tests/pulumi/export-gcp-sql.json:41:13: warning: [eu_special_category_transfer] Special-category personal data goes to a non-adequate country neither pseudonymised, nor encrypted in transit, nor covered by a recorded transfer impact assessment (urn:pulumi:prod::clinic::gcp:sql/databaseInstance:DatabaseInstance::patients (backup gcp:US))
    rule: Special categories leaving the EEA for a non-adequate country get supplementary measures (programme)
    classes: health
    pairs: BE→US
    failed: require pseudonymized or encrypted in_transit or attr tia
    address: urn:pulumi:prod::clinic::gcp:sql/databaseInstance:DatabaseInstance::patients
    cite: Programme choice, not a GDPR requirement: EDPB Recommendations 01/2020 (guidance on supplementary measures for Art. 46 transfers)
    remedy: Pseudonymise the data before it leaves (the additional information stays with the exporter), encrypt the transfer end to end with keys held in the EEA or an adequate country, or record the transfer impact assessment (attr tia)
    policy: <lib>/laws/eu_gdpr.rpl:243
1 error, 1 warning, 0 infos, 0 waived; 2 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
