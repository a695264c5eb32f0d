$ residency check --as-of 2026-12-01 -q tests/arm/estate.json
4 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked; as of 2026-12-01 (--as-of)
--- stderr
tests/arm/estate.json: error: could not judge customerdocs, Microsoft.Sql/servers/databases at 50:9, portal (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
