$ residency test examples/quickstart/policy.rpl tests/e2e/data/bad.rpl
--- stderr
tests/e2e/data/bad.rpl:2:15: error: unknown region 'EEAA'
    2 | region HOME = EEAA + { CH }
      |               ^~~~
tests/e2e/data/bad.rpl:5:15: error: unknown class 'persnal'
    5 |   on store of persnal
      |               ^~~~~~~
--- exit 2
