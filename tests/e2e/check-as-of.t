$ residency check -p examples/acme.rpl --as-of 2027-04-01 -q examples/plan.yaml
3 errors, 2 warnings, 0 infos, 0 waived; 9 facts checked; as of 2027-04-01 (--as-of)
--- stderr
--- exit 1
