$ residency where -p tests/e2e/data/via-known.rpl personal --as-of 2026-11-28
personal may be stored in (as of 2026-11-28):
countries (2):
  HOME
locations (0): none
--- stderr
--- exit 0
