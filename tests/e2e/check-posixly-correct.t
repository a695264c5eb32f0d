$ export POSIXLY_CORRECT=1; residency check --as-of 2026-11-28 examples/plan.yaml -p examples/acme.rpl -q --fail-on never
3 errors, 0 warnings, 0 infos, 1 waived; 9 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
