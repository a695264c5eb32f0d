$ residency check --as-of 2026-12-01 -q tests/arm/estate.json
4 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked
--- stderr
--- exit 1
