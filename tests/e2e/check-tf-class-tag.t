$ residency check --as-of 2026-11-28 --class-tag Classification -q tests/tf/class-tag.json
1 error, 0 warnings, 0 infos, 0 waived; 3 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 1
