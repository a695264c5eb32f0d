$ residency where -p tests/e2e/data/via-known.rpl personal with subjects 5 --as-of 2026-11-28
personal may be stored in (as of 2026-11-28, with subjects 5):
countries (249):
  WORLD
locations (0): none
--- stderr
--- exit 0
