$ residency diff -p examples/acme.rpl policies/default.rpl examples/acme.rpl
--- stderr
residency: error: unknown option '-p'
Try 'residency help diff'.
--- exit 2
