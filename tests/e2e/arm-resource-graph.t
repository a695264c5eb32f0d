$ residency check --as-of 2026-12-01 tests/arm/resource-graph.json
0 errors, 0 warnings, 0 infos, 0 waived; 4 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
