$ residency check --as-of 2026-06-01 --locations tests/e2e/data/fides/locations-ext.yaml tests/e2e/data/fides/extended.yml
tests/e2e/data/fides/extended.yml:15:9: warning: [eu_special_category_transfer] Special-category personal data goes to a non-adequate country neither pseudonymised, nor encrypted in transit, nor covered by a recorded transfer impact assessment (patient_portal to claims_store)
    rule: Special categories leaving the EEA for a non-adequate country get supplementary measures (programme)
    classes: health
    pairs: DE→US
    failed: require pseudonymized or encrypted in_transit or attr tia
    cite: Programme choice, not a GDPR requirement: EDPB Recommendations 01/2020 (guidance on supplementary measures for Art. 46 transfers)
    remedy: Pseudonymise the data before it leaves (the additional information stays with the exporter), encrypt the transfer end to end with keys held in the EEA or an adequate country, or record the transfer impact assessment (attr tia)
    policy: <lib>/laws/eu_gdpr.rpl:243
0 errors, 1 warning, 0 infos, 0 waived; 5 facts checked; as of 2026-06-01 (--as-of)
--- stderr
--- exit 0
