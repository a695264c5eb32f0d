$ residency check -p examples/acme.rpl --fail-on never -q examples/plan.yaml
3 errors, 0 warnings, 0 infos, 1 waived; 9 facts checked
--- stderr
--- exit 0
