$ residency check --as-of 2026-12-01 --default-region aws=us-east-1 tests/tfstate/no-region.tfstate
0 errors, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
