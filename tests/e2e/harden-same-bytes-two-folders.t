$ residency check -p tests/e2e/data/adversarial/teamA/main.rpl -p tests/e2e/data/adversarial/teamB/main.rpl --as-of 2026-12-01 tests/e2e/data/adversarial/plan_unencrypted.yaml
tests/e2e/data/adversarial/plan_unencrypted.yaml:2:5: error: [team_b_rule] B: personal data encrypted at rest (s)
    classes: personal
    store: aws:eu-west-1 (IE)
    failed: require encrypted at_rest
    policy: tests/e2e/data/adversarial/teamB/rules.rpl:3
1 error, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
