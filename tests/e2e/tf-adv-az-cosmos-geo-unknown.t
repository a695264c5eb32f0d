$ residency check --as-of 2026-06-01 -p tests/adversarial/no_transfer_out.rpl tests/adversarial/tf_az_cosmos_geo_unknown.json
tests/adversarial/tf_az_cosmos_geo_unknown.json:6:4: error: [unknown-location] its location cannot be determined from the plan: its geo_location blocks are unknown until apply (azurerm_cosmosdb_account.c)
1 error, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-06-01 (--as-of)
--- stderr
tests/adversarial/tf_az_cosmos_geo_unknown.json: error: could not judge azurerm_cosmosdb_account.c (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
