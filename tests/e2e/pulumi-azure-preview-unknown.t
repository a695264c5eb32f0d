$ residency check --as-of 2026-12-01 tests/pulumi/preview-azure-native.json
tests/pulumi/preview-azure-native.json:98:9: error: [unknown-location] a Cosmos DB region of urn:pulumi:staging::events::azure-native:documentdb:DatabaseAccount::events-db cannot be determined from the Pulumi file: the value is unknown (an output not known before the update, or a secret) (urn:pulumi:staging::events::azure-native:documentdb:DatabaseAccount::events-db)
    store: azure:germanywestcentral (DE)
tests/pulumi/preview-azure-native.json:131:9: error: [unknown-location] whether urn:pulumi:staging::events::azure-native:dbforpostgresql:Server::events-pg keeps geo-redundant backups cannot be determined from the Pulumi file (urn:pulumi:staging::events::azure-native:dbforpostgresql:Server::events-pg)
    store: azure:germanywestcentral (DE)
2 errors, 0 warnings, 0 infos, 0 waived; 6 facts checked; as of 2026-12-01 (--as-of)
--- stderr
tests/pulumi/preview-azure-native.json: error: could not judge urn:pulumi:staging::events::azure-native:documentdb:DatabaseAccount::events-db, urn:pulumi:staging::events::azure-native:dbforpostgresql:Server::events-pg (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
