$ residency check --as-of 2026-12-07 -p examples/healthtech/policy.rpl examples/healthtech/plan.yaml
examples/healthtech/plan.yaml:17:5: error: [us_tx_ehr_localisation] Electronic health records of Texas patients are physically maintained outside the United States and its territories (tx-charts)
    rule: Texas patients' electronic health records stay in the US or a US territory
    classes: patient_chart
    store: aws:us-east-2 (US); replica aws:us-west-2 (US); backup aws:ca-central-1 (CA)
    failed: require location in US_AND_TERRITORIES
    cite: Tex. Health & Safety Code §183.002(a) (SB 1188, 2025)
    remedy: Keep the primary, every replica and every backup in the US or a US territory (Canada does not count for Texas)
    policy: <lib>/laws/us_health.rpl:74
examples/healthtech/plan.yaml:25:5: error: [us_tx_ehr_localisation] Electronic health records of Texas patients are physically maintained outside the United States and its territories (analytics)
    rule: Texas patients' electronic health records stay in the US or a US territory
    classes: patient_chart
    store: aws:us-east-1 (US); replica aws:ap-east-1 (HK)
    failed: require location in US_AND_TERRITORIES
    cite: Tex. Health & Safety Code §183.002(a) (SB 1188, 2025)
    remedy: Keep the primary, every replica and every backup in the US or a US territory (Canada does not count for Texas)
    policy: <lib>/laws/us_health.rpl:74
examples/healthtech/plan.yaml:27:16: error: [us_dsp_restricted] Health or financial data of more than 10,000 US persons (or an unstated number) reaches a country of concern without the CISA security requirements (analytics (replica aws:ap-east-1))
    rule: Bulk US health or financial data reaching a country of concern needs the CISA security requirements
    classes: patient_chart
    pairs: US→HK
    failed: require mechanism US_DSP_SECURITY_REQUIREMENTS
    cite: 28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248
    remedy: Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS
    policy: <lib>/laws/us_dsp.rpl:219
examples/healthtech/plan.yaml:27:16: error: [us_dsp_restricted_biometric] Biometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) reach a country of concern without the CISA security requirements (analytics (replica aws:ap-east-1))
    rule: Bulk US biometric or precise geolocation data reaching a country of concern needs the CISA security requirements
    classes: device_location
    pairs: US→HK
    failed: require mechanism US_DSP_SECURITY_REQUIREMENTS
    cite: 28 CFR 202.401 (restricted transactions), 202.205(b)-(c), 202.248
    remedy: Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS
    policy: <lib>/laws/us_dsp.rpl:232
examples/healthtech/plan.yaml:53:5: error: [jp_appi_transfer] Personal data of Japanese origin goes to a third party in a foreign country that is not designated, without consent or equivalent measures (trials-to-analytics)
    rule: Personal data leaving Japan needs consent, an equivalent recipient or a designated country
    classes: trial_record
    pairs: JP→US
    failed: require mechanism in { JP_CONSENT, JP_EQUIVALENT_MEASURES }
    cite: APPI Art. 28 (Art. 24 before 2022-04-01)
    remedy: Obtain the person's prior consent with the required information, or bind the recipient to APPI-equivalent measures by contract or group rules; or keep the data in Japan or the EEA
    policy: <lib>/laws/jp_appi.rpl:58
5 errors, 0 warnings, 0 infos, 0 waived; 10 facts checked; as of 2026-12-07 (--as-of)
--- stderr
--- exit 1
