$ residency where --c never --as-of 2026-11-28 ru_citizen_personal
ru_citizen_personal may be stored in (as of 2026-11-28):
countries (1):
  RU
locations (0): none
--- stderr
--- exit 0
