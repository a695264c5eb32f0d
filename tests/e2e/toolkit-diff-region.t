$ residency diff --as-of 2026-11-28 tests/toolkit/diff_old.rpl tests/toolkit/diff_region.rpl
health:
  HOME → KR: violation (health_encrypted, transfer_basis) → violation (health_encrypted), without encryption in transit, unless SCC is attested
  HOME → KR: violation (transfer_basis) → pass, with encryption in transit, unless SCC is attested
personal:
  HOME → KR: violation (transfer_basis) → pass, unless SCC is attested
--- stderr
--- exit 1
