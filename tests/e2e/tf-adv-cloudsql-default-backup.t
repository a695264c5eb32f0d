$ residency check --as-of 2026-06-01 -p tests/adversarial/de_only.rpl tests/adversarial/tf_cloudsql_default_backup.json
tests/adversarial/tf_cloudsql_default_backup.json:6:4: error: [de_only] German personal data (backups included) stays in Germany (google_sql_database_instance.db)
    classes: personal
    store: gcp:europe-west3 (DE); backup gcp:EU (AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO, SE, SI, SK)
    failed: require location in DE
    policy: tests/adversarial/de_only.rpl:3
1 error, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-06-01 (--as-of)
--- stderr
--- exit 1
