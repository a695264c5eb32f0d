$ residency lint --strict --as-of 2026-11-28 tests/toolkit/lint_no_location.rpl
--- stderr
tests/toolkit/lint_no_location.rpl:5:7: warning: class 'ledger' has no compliant location: every country and catalog location violates a store rule (ledger_in_europe, ledger_under_us_law)
    5 | class ledger "Accounting ledgers" { sensitivity confidential }
      |       ^~~~~~
--- exit 1
