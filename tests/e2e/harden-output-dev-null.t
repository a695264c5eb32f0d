$ residency check --as-of 2026-12-01 -o /dev/null tests/e2e/data/adversarial/plan_unencrypted.yaml; echo "exit $?"; ls -l /dev/null | cut -c1
exit 0
c
--- stderr
residency: 0 errors, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of); report in /dev/null
--- exit 0
