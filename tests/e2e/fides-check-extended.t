$ residency check --as-of 2026-06-01 --locations tests/e2e/data/fides/locations-ext.yaml tests/e2e/data/fides/extended.yml
tests/e2e/data/fides/extended.yml:15:9: error: [eu_special_category_transfer] Special-category personal data from the EEA leaves the EEA neither pseudonymised nor encrypted in transit (patient_portal to claims_store)
    rule: Special categories leaving the EEA need supplementary measures
    classes: health
    pairs: DE→US
    failed: require pseudonymized or encrypted in_transit
    cite: GDPR Art. 9, Art. 44, Art. 46; EDPB Recommendations 01/2020
    remedy: Encrypt the transfer end to end with keys held in the EEA or an adequate country, or pseudonymise the data before it leaves (the additional information stays with the exporter)
    policy: <lib>/laws/eu_gdpr.rpl:130
1 error, 0 warnings, 0 infos, 0 waived; 5 facts checked
--- stderr
--- exit 1
