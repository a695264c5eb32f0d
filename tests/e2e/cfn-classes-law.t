$ residency check --as-of 2026-12-01 --region eu-central-1 --classes tests/classes/cfn-law.classes.yaml tests/cfn/orders.yaml
tests/cfn/orders.yaml: warning: [unused-classes-entry] --classes entry 'NoSuchTable' (tests/classes/cfn-law.classes.yaml:14:12) matches no resource of the plan (NoSuchTable)
tests/cfn/orders.yaml:78:44: waived error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (Ledger (backup aws:us-east-2))
    rule: Personal data leaving the EEA needs a Chapter V basis
    waived: Backup vault in us-east-2 under DPA ticket PRIV-12 (expires 2027-01-31)
    classes: personal, payment
    pairs: DE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: Ledger
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
tests/cfn/orders.yaml:89:3: waived error: [unmodelled-resource] AuditTrail (AWS::CloudTrail::Trail) carries data classes, but residency does not model where a AWS::CloudTrail::Trail keeps its data (AuditTrail)
    waived: The trail holds no customer data (PRIV-13) (expires 2027-01-31)
0 errors, 1 warning, 0 infos, 2 waived; 7 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
