$ residency check --as-of 2026-12-01 --region eu-central-1 tests/cfn/orders.yaml
tests/cfn/orders.yaml:53:19: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (Customers (replica aws:us-east-1))
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: DE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: Customers
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
tests/cfn/orders.yaml:78:44: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (Ledger (backup aws:us-east-2))
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal, payment
    pairs: DE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: Ledger
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
tests/cfn/orders.yaml:89:3: error: [unmodelled-resource] AuditTrail (AWS::CloudTrail::Trail) carries data classes, but residency does not model where a AWS::CloudTrail::Trail keeps its data (AuditTrail)
3 errors, 0 warnings, 0 infos, 0 waived; 7 facts checked; as of 2026-12-01 (--as-of)
--- stderr
tests/cfn/orders.yaml: error: could not judge AuditTrail (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
