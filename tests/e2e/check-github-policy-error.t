$ residency check -f github -p tests/e2e/data/bad.rpl tests/e2e/data/clean-plan.yaml
::error file=tests/e2e/data/bad.rpl,line=2,col=15,title=residency::unknown region 'EEAA'
::error file=tests/e2e/data/bad.rpl,line=5,col=15,title=residency::unknown class 'persnal'
--- stderr
tests/e2e/data/bad.rpl:2:15: error: unknown region 'EEAA'
    2 | region HOME = EEAA + { CH }
      |               ^~~~
tests/e2e/data/bad.rpl:5:15: error: unknown class 'persnal'
    5 |   on store of persnal
      |               ^~~~~~~
--- exit 2
