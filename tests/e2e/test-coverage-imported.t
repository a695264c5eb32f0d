$ residency test --coverage tests/e2e/data/coverage/tests.rpl
rules not exercised by any test:
  tests/e2e/data/coverage/policy.rpl:9: transfers_in_de
1 passed, 0 failed
--- stderr
--- exit 0
