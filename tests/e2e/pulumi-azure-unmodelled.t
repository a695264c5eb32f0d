$ residency check --as-of 2026-12-01 tests/pulumi/export-azure-unmodelled.json
tests/pulumi/export-azure-unmodelled.json:57:13: error: [unmodelled-resource] resource type azure-native:web:WebApp is not modelled, but it carries the tag 'data-classes': where it keeps and copies its data cannot be judged (urn:pulumi:prod::portal::azure-native:web:WebApp::portal)
1 error, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
tests/pulumi/export-azure-unmodelled.json: error: could not judge urn:pulumi:prod::portal::azure-native:web:WebApp::portal (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
