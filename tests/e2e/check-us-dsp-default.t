$ residency check --as-of 2026-12-07 tests/e2e/data/us-health-cn.yaml
tests/e2e/data/us-health-cn.yaml:8:16: error: [us_dsp_restricted] Health or financial data of more than 10,000 US persons (or an unstated number) reaches a country of concern without the CISA security requirements (patients (replica aws:cn-north-1))
    rule: Bulk US health or financial data reaching a country of concern needs the CISA security requirements
    classes: health
    pairs: US→CN
    failed: require mechanism US_DSP_SECURITY_REQUIREMENTS
    cite: 28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248
    remedy: Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS
    policy: <lib>/laws/us_dsp.rpl:219
tests/e2e/data/us-health-cn.yaml:8:16: error: [us_dsp_restricted_identifiers] Personal data of more than 100,000 US persons (or an unstated number) reaches a country of concern without the CISA security requirements (patients (replica aws:cn-north-1))
    rule: Bulk US personal data reaching a country of concern needs the CISA security requirements
    classes: health
    pairs: US→CN
    failed: require mechanism US_DSP_SECURITY_REQUIREMENTS
    cite: 28 CFR 202.401 (restricted transactions), 202.205(f), 202.248
    remedy: Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS
    policy: <lib>/laws/us_dsp.rpl:206
2 errors, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-12-07 (--as-of)
--- stderr
--- exit 1
