$ residency check --as-of 2026-12-01 --classes tests/classes/cdk.classes.yaml tests/corpus/cdk/aws_aws-cdk-cli_stack-with-bucket
tests/corpus/cdk/aws_aws-cdk-cli_stack-with-bucket/Stack1.template.json: warning: [unused-classes-entry] --classes entry 'Stack2/*' (tests/classes/cdk.classes.yaml:9:12) matches no resource of the plan (Stack2/*)
tests/corpus/cdk/aws_aws-cdk-cli_stack-with-bucket/Stack1.template.json:3:3: error: [eu_gdpr_store] Personal data of EEA origin is held outside the EEA and adequate countries, and neither a modelled flow nor the store records a Chapter V basis for its export (MyBucketF68F3FF0)
    rule: Personal data of EEA origin held outside the EEA and adequate countries records its Chapter V basis
    classes: personal
    store: aws:us-east-1 (US)
    failed: require attr eu_transfer_basis == "EU_BCR" or attr eu_transfer_basis == "EU_CODE_OF_CONDUCT" or attr eu_transfer_basis == "EU_CERTIFICATION" or attr eu_transfer_basis == "EU_AD_HOC_CLAUSES" or attr eu_transfer_basis == "EU_PUBLIC_AUTHORITY_INSTRUMENT" or (origin in EU_SCC_PERIOD and attr eu_transfer_basis == "EU_SCC") or (location in EU_FREE_FLOW + EU_DPF_COUNTRIES and attr eu_transfer_basis == "EU_DPF") or (origin in EU_LEGACY_SCC_PERIOD and attr eu_transfer_basis == "EU_LEGACY_SCC")
    cite: GDPR Art. 44-49; EDPB Guidelines 05/2021
    remedy: Model the export as a flow into this store with its mechanism, or record the basis on the store (attr eu_transfer_basis = "EU_SCC", or "EU_DPF" for a certified US recipient); an Art. 49 derogation cannot cover data kept abroad
    policy: <lib>/laws/eu_gdpr.rpl:223
1 error, 1 warning, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
