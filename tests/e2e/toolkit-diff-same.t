$ residency diff --as-of 2026-11-28 policies/default.rpl policies/default.rpl
no change (as of 2026-11-28)
--- stderr
--- exit 0
