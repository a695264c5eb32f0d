$ RESIDENCY_PATH=tests/e2e/data/adversarial/lib2 residency check -q --as-of 2026-12-01 tests/e2e/data/adversarial/plan_asof_2026.yaml; echo "exit $?"; residency check -q -L tests/e2e/data/adversarial/lib2 --as-of 2026-12-01 tests/e2e/data/adversarial/plan_asof_2026.yaml
1 error, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-12-01 (--as-of)
exit 1
--- stderr
tests/e2e/data/adversarial/plan_asof_2026.yaml:4:15: error: unknown location 'aws:eu-central-1'
    4 |     location: aws:eu-central-1
      |               ^~~~~~~~~~~~~~~~
tests/e2e/data/adversarial/plan_asof_2026.yaml:5:15: error: unknown class 'personal'
    5 |     classes: [personal]
      |               ^~~~~~~~
tests/e2e/data/adversarial/plan_asof_2026.yaml:9:9: error: unknown flow endpoint 'aws:us-east-1': not a store of the plan, a location or a country code
    9 |     to: aws:us-east-1
      |         ^~~~~~~~~~~~~
tests/e2e/data/adversarial/plan_asof_2026.yaml:10:15: error: unknown class 'personal'
   10 |     classes: [personal]
      |               ^~~~~~~~
--- exit 2
