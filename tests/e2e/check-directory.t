$ residency check -q tests/e2e/data/tree
0 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked
--- stderr
--- exit 0
