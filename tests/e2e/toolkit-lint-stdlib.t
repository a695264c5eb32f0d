$ residency lint --strict --as-of 2026-11-28 policies/default.rpl examples/acme.rpl
--- stderr
--- exit 0
