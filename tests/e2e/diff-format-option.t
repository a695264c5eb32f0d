$ residency diff --as-of 2026-11-28 policies/default.rpl examples/acme.rpl -f json
--- stderr
residency: error: unknown option '-f'
Try 'residency help diff'.
--- exit 2
