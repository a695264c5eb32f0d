$ residency lint --as-of 2026-11-28 tests/toolkit/lint_never_applies.rpl
--- stderr
tests/toolkit/lint_never_applies.rpl:2:8: warning: region 'NOWHERE' is empty on 2026-11-28
    2 | region NOWHERE "Emptied by the date" = { GB until 2020-02-01 }
      |        ^~~~~~~
tests/toolkit/lint_never_applies.rpl:6:6: warning: rule 'to_nowhere' can never apply: its `to` region is empty on the date
    6 | rule to_nowhere "Transfers to an empty region" {
      |      ^~~~~~~~~~
tests/toolkit/lint_never_applies.rpl:11:6: warning: rule 'top_secret' can never apply: its class scope matches no class
   11 | rule top_secret "No class is this sensitive" {
      |      ^~~~~~~~~~
tests/toolkit/lint_never_applies.rpl:18:8: warning: rule 'never_when' can never apply: `when false` can never hold
   18 |   when false
      |        ^
tests/toolkit/lint_never_applies.rpl:22:6: warning: rule 'contradiction' can never apply: its `when` conditions contradict each other
   22 | rule contradiction "Two whens that exclude each other" {
      |      ^~~~~~~~~~~~~
--- exit 0
