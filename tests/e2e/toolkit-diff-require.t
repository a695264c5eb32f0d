$ residency diff --as-of 2026-11-28 tests/toolkit/diff_old.rpl tests/toolkit/diff_require.rpl
health:
  store in ADEQUATE: violation (health_home) → pass
--- stderr
--- exit 1
