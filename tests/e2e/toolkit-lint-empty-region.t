$ residency lint --as-of 2026-11-28 tests/toolkit/lint_empty_region.rpl
--- stderr
tests/toolkit/lint_empty_region.rpl:2:8: warning: region 'OLD_MEMBERS' is empty on 2026-11-28
    2 | region OLD_MEMBERS "Members until 2020" = { GB until 2020-02-01 }
      |        ^~~~~~~~~~~
tests/toolkit/lint_empty_region.rpl:3:8: warning: region 'FUTURE' is empty on 2026-11-28
    3 | region FUTURE "Members from 2030" = { IS since 2030-01-01 }
      |        ^~~~~~
--- exit 0
