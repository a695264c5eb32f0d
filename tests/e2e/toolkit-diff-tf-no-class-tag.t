$ residency diff --as-of 2026-11-28 policies/default.rpl examples/acme.rpl --plan tests/tf/class-tag.json
no change in the findings of tests/tf/class-tag.json (as of 2026-11-28)
--- stderr
--- exit 0
