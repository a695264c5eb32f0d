$ residency check --as-of 2026-12-01 -o /dev/null tests/e2e/data/adversarial/plan_unencrypted.yaml; echo "exit $?"; ls -l /dev/null | cut -c1
exit 0
c
--- stderr
--- exit 0
