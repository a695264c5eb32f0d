$ residency check --as-of 2026-11-28 -q tests/e2e/data/tree
0 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
