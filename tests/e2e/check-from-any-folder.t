$ d=$(pwd); cd / && residency check -q "$d/tests/e2e/data/clean-plan.yaml"
0 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked
--- stderr
--- exit 0
