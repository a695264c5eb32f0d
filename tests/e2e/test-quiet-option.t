$ residency test -q examples/acme.rpl
--- stderr
residency: error: unknown option '-q'
Try 'residency help test'.
--- exit 2
