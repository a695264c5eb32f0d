$ d=$(mktemp -d); f="$d/$(printf "\033[31mred.yaml")"; cp tests/e2e/data/adversarial/plan_unencrypted.yaml "$f"; residency check --as-of 2026-12-01 -p tests/e2e/data/adversarial/teamB/main.rpl "$f" 2>&1 | sed "s|$d|DIR|"; printf "x" > "$f"; residency check "$f" 2>&1 | sed "s|$d|DIR|"; rm -rf "$d"
DIR/?[31mred.yaml:2:5: error: [team_b_rule] B: personal data encrypted at rest (s)
    classes: personal
    store: aws:eu-west-1 (IE)
    failed: require encrypted at_rest
    policy: tests/e2e/data/adversarial/teamB/rules.rpl:3
1 error, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of)
DIR/?[31mred.yaml:1:1: error: the top level of a plan must be a mapping, not a single value
    1 | x
      | ^
--- stderr
--- exit 0
