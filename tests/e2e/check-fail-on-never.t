$ residency check --as-of 2026-11-28 -p examples/acme.rpl --fail-on never -q examples/plan.yaml
3 errors, 0 warnings, 0 infos, 1 waived; 9 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
