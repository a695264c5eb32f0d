$ residency lint --as-of 2026-11-28 tests/toolkit/lint_unused.rpl
--- stderr
tests/toolkit/lint_unused.rpl:2:8: warning: region 'NORDICS' is never used
    2 | region NORDICS "Nordic countries" = { DK, FI, IS, NO, SE }
      |        ^~~~~~~
tests/toolkit/lint_unused.rpl:7:7: warning: class 'leftover' is never used: no rule applies to it and no class or test names it
    7 | class leftover "Declared, never covered by a rule"
      |       ^~~~~~~~
tests/toolkit/lint_unused.rpl:10:11: warning: mechanism 'HANDSHAKE' is never used: no rule or test names it, so attesting it changes nothing
   10 | mechanism HANDSHAKE "Not named by any rule or test"
      |           ^~~~~~~~~
tests/toolkit/lint_unused.rpl:13:10: warning: provider 'ghost' is never used: no location belongs to it
   13 | provider ghost "A provider with no location" { operator US }
      |          ^~~~~
--- exit 0
