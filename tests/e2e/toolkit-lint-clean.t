$ residency lint --strict --as-of 2026-11-28 tests/toolkit/lint_clean.rpl
--- stderr
--- exit 0
