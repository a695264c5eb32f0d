$ residency lint tests/e2e/data/via-known-lint.rpl
--- stderr
tests/e2e/data/via-known-lint.rpl:8:8: warning: rule 'two_kinds' can never apply: `when via replica and via backup` can never hold
    8 |   when via replica and via backup
      |        ^
tests/e2e/data/via-known-lint.rpl:15:11: warning: no fact can satisfy `require via flow`: rule 'no_kind' is violated whenever it applies (write `require false` if that is intended)
   15 |   require via flow
      |           ^~~~~~~~
tests/e2e/data/via-known-lint.rpl:21:11: warning: no fact can satisfy `require subjects >= 1`: rule 'absent_count' is violated whenever it applies (write `require false` if that is intended)
   21 |   require subjects >= 1
      |           ^~~~~~~~~~~~~
--- exit 0
