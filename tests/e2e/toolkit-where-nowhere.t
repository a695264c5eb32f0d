$ residency where -p tests/toolkit/lint_no_location.rpl ledger --as-of 2026-11-28
ledger may be stored in (as of 2026-11-28):
countries (0): none
locations (0): none
every place violates one of: ledger_in_europe, ledger_under_us_law
--- stderr
--- exit 0
