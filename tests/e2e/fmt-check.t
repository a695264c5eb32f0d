$ residency fmt --check examples/acme.rpl policies/default.rpl
--- stderr
--- exit 0
