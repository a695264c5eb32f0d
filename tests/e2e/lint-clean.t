$ residency lint examples/acme.rpl
--- stderr
--- exit 0
