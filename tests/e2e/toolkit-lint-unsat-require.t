$ residency lint --as-of 2026-11-28 tests/toolkit/lint_unsat_require.rpl
--- stderr
tests/toolkit/lint_unsat_require.rpl:3:8: warning: region 'NONE_LEFT' is empty on 2026-11-28
    3 | region NONE_LEFT "Emptied by the date" = { GB until 2020-02-01 }
      |        ^~~~~~~~~
tests/toolkit/lint_unsat_require.rpl:5:7: warning: class 'customer' has no compliant location: every country and catalog location violates a store rule (key_in_empty, self_contradiction)
    5 | class customer { sensitivity confidential }
      |       ^~~~~~~~
tests/toolkit/lint_unsat_require.rpl:6:7: warning: class 'secret' has no compliant location: every country and catalog location violates a store rule (sensitivity_mismatch)
    6 | class secret { sensitivity highly_sensitive }
      |       ^~~~~~
tests/toolkit/lint_unsat_require.rpl:10:11: warning: no fact can satisfy `require to in {}`: rule 'to_empty' is violated whenever it applies (write `require false` if that is intended)
   10 |   require to in {}
      |           ^~~~~~~~
tests/toolkit/lint_unsat_require.rpl:15:11: warning: no fact can satisfy `require key in NONE_LEFT`: rule 'key_in_empty' is violated whenever it applies (write `require false` if that is intended)
   15 |   require key in NONE_LEFT
      |           ^~~~~~~~~~~~~~~~
tests/toolkit/lint_unsat_require.rpl:20:11: warning: no fact can satisfy `require to in EU6`: rule 'scope_contradiction' is violated whenever it applies (write `require false` if that is intended)
   20 |   require to in EU6
      |           ^~~~~~~~~
tests/toolkit/lint_unsat_require.rpl:25:11: warning: no fact can satisfy `require encrypted at_rest and not encrypted at_rest`: rule 'self_contradiction' is violated whenever it applies (write `require false` if that is intended)
   25 |   require encrypted at_rest and not encrypted at_rest
      |           ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/toolkit/lint_unsat_require.rpl:31:11: warning: no fact can satisfy `require not pseudonymized`: rule 'when_contradiction' is violated whenever it applies (write `require false` if that is intended)
   31 |   require not pseudonymized
      |           ^~~~~~~~~~~~~~~~~
tests/toolkit/lint_unsat_require.rpl:36:11: warning: no fact can satisfy `require sensitivity < confidential`: rule 'sensitivity_mismatch' is violated whenever it applies (write `require false` if that is intended)
   36 |   require sensitivity < confidential
      |           ^~~~~~~~~~~~~~~~~~~~~~~~~~
--- exit 0
