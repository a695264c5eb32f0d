$ residency graph -p examples/acme.rpl -f html examples/plan.yaml | grep -E -c '^<(path|circle|tr) class="v'
21
--- stderr
--- exit 0
