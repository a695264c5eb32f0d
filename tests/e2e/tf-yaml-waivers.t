$ residency check --as-of 2026-11-28 tests/tf/spanner-waivers.yaml tests/tf/spanner-custom.json
tests/tf/spanner-waivers.yaml:11:5: warning: [unused-waiver] waiver of eu_gdpr_transfer for google_spanner_instance.by_nmae matched no violation: no store or flow is named google_spanner_instance.by_nmae (google_spanner_instance.by_nmae)
    waiver: rule eu_gdpr_transfer, target google_spanner_instance.by_nmae, expires 2027-06-30
tests/tf/spanner-waivers.yaml:15:5: warning: [expired-waiver] waiver of jp_appi_transfer for google_spanner_instance.asia expired on 2026-01-31 and waives nothing (google_spanner_instance.asia)
    waiver: rule jp_appi_transfer, target google_spanner_instance.asia, expires 2026-01-31
tests/tf/spanner-custom.json:202:7: waived error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (google_spanner_instance.by_name (replica gcp:us-east1))
    rule: Personal data leaving the EEA needs a Chapter V basis
    waived: EU SCCs with the US processor, transfer impact assessment LEGAL-42 (expires 2027-06-30, approved by dpo@example.com)
    classes: personal
    pairs: BE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: google_spanner_instance.by_name
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
tests/tf/spanner-custom.json:233:7: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (google_spanner_instance.by_ref (replica gcp:us-east1))
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: BE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: google_spanner_instance.by_ref
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
tests/tf/spanner-custom.json:313:7: error: [jp_appi_transfer] Personal data of Japanese origin goes to a third party in a foreign country that is not designated, without consent or equivalent measures (google_spanner_instance.asia (replica gcp:asia-northeast3))
    rule: Personal data leaving Japan needs consent, an equivalent recipient or a designated country
    classes: payment
    pairs: JP→KR
    failed: require mechanism in { JP_CONSENT, JP_EQUIVALENT_MEASURES }
    address: google_spanner_instance.asia
    cite: APPI Art. 28 (Art. 24 before 2022-04-01)
    remedy: Obtain the person's prior consent with the required information, or bind the recipient to APPI-equivalent measures by contract or group rules; or keep the data in Japan or the EEA
    policy: <lib>/laws/jp_appi.rpl:58
tests/tf/spanner-custom.json:313:7: error: [jp_appi_transfer] Personal data of Japanese origin goes to a third party in a foreign country that is not designated, without consent or equivalent measures (google_spanner_instance.asia (replica gcp:asia-south1))
    rule: Personal data leaving Japan needs consent, an equivalent recipient or a designated country
    classes: payment
    pairs: JP→IN
    failed: require mechanism in { JP_CONSENT, JP_EQUIVALENT_MEASURES }
    address: google_spanner_instance.asia
    cite: APPI Art. 28 (Art. 24 before 2022-04-01)
    remedy: Obtain the person's prior consent with the required information, or bind the recipient to APPI-equivalent measures by contract or group rules; or keep the data in Japan or the EEA
    policy: <lib>/laws/jp_appi.rpl:58
3 errors, 2 warnings, 0 infos, 1 waived; 12 facts checked in 2 plans; as of 2026-11-28 (--as-of)
--- stderr
--- exit 1
