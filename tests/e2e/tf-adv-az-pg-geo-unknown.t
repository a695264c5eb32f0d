$ residency check --as-of 2026-06-01 -p tests/adversarial/no_transfer_out.rpl tests/adversarial/tf_az_pg_geo_unknown.json
tests/adversarial/tf_az_pg_geo_unknown.json:6:4: error: [unknown-location] its geo-redundant backup cannot be determined from the plan: geo_redundant_backup_enabled is unknown until apply (azurerm_postgresql_flexible_server.p)
    store: azure:brazilsouth (BR)
1 error, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-06-01 (--as-of)
--- stderr
tests/adversarial/tf_az_pg_geo_unknown.json: error: could not judge azurerm_postgresql_flexible_server.p (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
