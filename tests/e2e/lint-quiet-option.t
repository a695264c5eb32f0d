$ residency lint -q examples/acme.rpl
--- stderr
residency: error: unknown option '-q'
Try 'residency help lint'.
--- exit 2
