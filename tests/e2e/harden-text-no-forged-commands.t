$ residency check --as-of 2026-12-01 -p tests/e2e/data/adversarial/inject.rpl tests/e2e/data/adversarial/plan_inject.yaml; residency check --as-of 2026-12-01 -p tests/e2e/data/adversarial/inject.rpl tests/e2e/data/adversarial/plan_inject.yaml | grep -c "^[[:space:]]*::"
tests/e2e/data/adversarial/plan_inject.yaml:2:5: error: [r] bad
    | ::error file=x,line=1::forged annotation
    | ::stop-commands::tok (s
    | ::warning::forged from the plan)
    rule: T
    classes: personal
    store: DE
    failed: require false
    policy: tests/e2e/data/adversarial/inject.rpl:3
1 error, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of)
0
--- stderr
--- exit 1
