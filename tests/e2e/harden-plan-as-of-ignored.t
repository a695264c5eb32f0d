$ residency check tests/e2e/data/adversarial/plan_asof_1990.yaml | sed "s/as of [0-9-]* (today, UTC)/as of TODAY (today, UTC)/"; residency check --as-of plan -q tests/e2e/data/adversarial/plan_asof_1990.yaml; residency check --as-of plan -q tests/e2e/data/adversarial/plan_asof_2026.yaml; residency check --as-of 2026-12-01 -f json tests/e2e/data/adversarial/plan_asof_1990.yaml | grep as_of
tests/e2e/data/adversarial/plan_asof_1990.yaml:7:5: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (export)
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: DE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
1 error, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of TODAY (today, UTC)
0 errors, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 1990-01-01 (the plan's as_of, --as-of plan)
1 error, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-06-01 (the plan's as_of, --as-of plan)
  "as_of": "2026-12-01",
  "as_of_source": "option",
    {"file": "tests/e2e/data/adversarial/plan_asof_1990.yaml", "as_of": "2026-12-01", "as_of_source": "option", "stores": 1, "flows": 1, "implicit_flows": 0}
--- stderr
--- exit 0
