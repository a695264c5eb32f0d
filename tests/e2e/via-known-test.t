$ residency test tests/e2e/data/via-known.rpl
6 passed, 0 failed
--- stderr
--- exit 0
