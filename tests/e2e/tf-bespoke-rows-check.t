$ residency check --as-of 2026-06-01 tests/tf/bespoke-rows.json
tests/tf/bespoke-rows.json:233:7: error: [unknown-location] the location of its encryption key cannot be determined from the plan: its key is unknown until apply (aws_opensearch_domain.unknown_key)
    store: aws:eu-west-1 (IE)
tests/tf/bespoke-rows.json:293:7: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (aws_secretsmanager_secret.s (replica aws:us-east-1))
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: IE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: aws_secretsmanager_secret.s
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
tests/tf/bespoke-rows.json:293:7: error: [unknown-location] the region of a replica cannot be determined from the plan: it is unknown until apply (aws_secretsmanager_secret.s)
    store: aws:eu-west-1 (IE); replica aws:us-east-1 (US)
tests/tf/bespoke-rows.json:405:7: error: [unknown-location] its geo-redundant backup cannot be determined from the plan: geo_redundant_backup_enabled is unknown until apply (azurerm_mysql_flexible_server.unk)
    store: azure:westeurope (NL)
tests/tf/bespoke-rows.json:431:7: error: [unknown-location] its geo-redundant backup location cannot be determined from the plan: geo_redundant_backup_enabled is true, and region italynorth has no known pair (azurerm_mysql_flexible_server.nopair)
    store: azure:italynorth (IT)
tests/tf/bespoke-rows.json:503:7: error: [unknown-location] its replication cannot be determined from the plan: account_replication_type is unknown until apply (azurerm_storage_account.unk)
    store: azure:westeurope (NL)
6 errors, 0 warnings, 0 infos, 0 waived; 22 facts checked; as of 2026-06-01 (--as-of)
--- stderr
tests/tf/bespoke-rows.json: error: could not judge aws_opensearch_domain.unknown_key, aws_secretsmanager_secret.s, azurerm_mysql_flexible_server.unk, azurerm_mysql_flexible_server.nopair, azurerm_storage_account.unk (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
