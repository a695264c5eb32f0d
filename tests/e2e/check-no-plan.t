$ residency check -p examples/acme.rpl
--- stderr
residency: error: no plan given
Try 'residency help check'.
--- exit 2
