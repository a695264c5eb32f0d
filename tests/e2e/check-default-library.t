$ residency check --as-of 2026-11-28 tests/e2e/data/stdlib-plan.yaml
tests/e2e/data/stdlib-plan.yaml:7:15: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (eu-customers (backup aws:us-east-1))
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: DE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
tests/e2e/data/stdlib-plan.yaml:12:5: error: [ru_localisation] Personal data of Russian citizens is collected into a database outside Russia (ru-customers)
    rule: Russian citizens' personal data has its primary database in Russia
    classes: ru_citizen_personal
    store: aws:eu-central-1 (DE)
    failed: require primary in RU
    cite: Federal Law 152-FZ Art. 18(5), as amended by 242-FZ and 23-FZ
    remedy: Put the primary database in Russia; copies abroad need a Roskomnadzor notification
    policy: <lib>/laws/ru_242fz.rpl:68
tests/e2e/data/stdlib-plan.yaml:29:5: warning: [expiring] attestation EU_SCC expires on 2026-12-15 (in 17 days) (health-to-india)
2 errors, 1 warning, 0 infos, 0 waived; 7 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 1
