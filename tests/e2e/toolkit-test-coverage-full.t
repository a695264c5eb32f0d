$ residency test --coverage examples/acme.rpl
coverage: every rule was exercised by a test
4 passed, 0 failed
--- stderr
--- exit 0
