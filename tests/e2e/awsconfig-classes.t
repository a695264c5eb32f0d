$ residency check --as-of 2026-12-01 --classes tests/classes/awsconfig.classes.yaml tests/awsconfig/snapshot.json
tests/awsconfig/snapshot.json: warning: [unused-classes-entry] --classes entry 'old-export' (tests/classes/awsconfig.classes.yaml:10:12) matches no resource of the plan (old-export)
tests/awsconfig/snapshot.json: warning: [unused-classes-entry] --classes entry 'arn:aws:s3:::never-*' (tests/classes/awsconfig.classes.yaml:12:12) matches no resource of the plan (arn:aws:s3:::never-*)
tests/awsconfig/snapshot.json:5:5: waived error: [unknown-location] shop-orders replicates to buckets whose regions the configuration item does not record (shop-orders)
    waived: Replicates to eu-central-1 only (checked in the console, PRIV-30) (expires 2027-01-31)
tests/awsconfig/snapshot.json:19:5: error: [eu_gdpr_store] Personal data of EEA origin is held outside the EEA and adequate countries, and neither a modelled flow nor the store records a Chapter V basis for its export (trade-models)
    rule: Personal data of EEA origin held outside the EEA and adequate countries records its Chapter V basis
    classes: personal
    store: aws:cn-north-1 (CN)
    failed: require attr eu_transfer_basis == "EU_BCR" or attr eu_transfer_basis == "EU_CODE_OF_CONDUCT" or attr eu_transfer_basis == "EU_CERTIFICATION" or attr eu_transfer_basis == "EU_AD_HOC_CLAUSES" or attr eu_transfer_basis == "EU_PUBLIC_AUTHORITY_INSTRUMENT" or (origin in EU_SCC_PERIOD and attr eu_transfer_basis == "EU_SCC") or (location in EU_FREE_FLOW + EU_DPF_COUNTRIES and attr eu_transfer_basis == "EU_DPF") or (origin in EU_LEGACY_SCC_PERIOD and attr eu_transfer_basis == "EU_LEGACY_SCC")
    address: arn:aws:dynamodb:cn-north-1:111122223333:table/trade-models
    cite: GDPR Art. 44-49; EDPB Guidelines 05/2021
    remedy: Model the export as a flow into this store with its mechanism, or record the basis on the store (attr eu_transfer_basis = "EU_SCC", or "EU_DPF" for a certified US recipient); an Art. 49 derogation cannot cover data kept abroad
    policy: <lib>/laws/eu_gdpr.rpl:223
tests/awsconfig/snapshot.json:59:5: waived error: [unmodelled-resource] scorer (AWS::Lambda::Function) carries data classes, but residency does not model where a AWS::Lambda::Function keeps its data (scorer)
    waived: The scorer keeps no data (PRIV-31) (expires 2027-01-31)
1 error, 2 warnings, 0 infos, 2 waived; 2 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
