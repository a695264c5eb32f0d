$ residency diff --as-of 2026-11-28 tests/toolkit/diff_old.rpl tests/toolkit/diff_mechanism.rpl
health:
  HOME → all except HOME, ADEQUATE: violation (health_encrypted, transfer_basis) → violation (health_encrypted), without encryption in transit, with BCR
  HOME → all except HOME, ADEQUATE: violation (transfer_basis) → pass, with encryption in transit, with BCR
personal:
  HOME → all except HOME, ADEQUATE: violation (transfer_basis) → pass, with BCR
--- stderr
--- exit 1
