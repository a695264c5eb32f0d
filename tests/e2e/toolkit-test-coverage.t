$ residency test --coverage tests/toolkit/coverage.rpl
rules not exercised by any test:
  tests/toolkit/coverage.rpl:16: customer_pseudonymized
3 passed, 0 failed
--- stderr
--- exit 0
