$ residency graph -p examples/acme.rpl -f html examples/plan.yaml | grep -E -c '^<(path|circle) class="v|^<tr data-k'
21
--- stderr
--- exit 0
