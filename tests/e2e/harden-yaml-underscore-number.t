$ residency check --as-of 2026-12-01 -p tests/e2e/data/adversarial/attr_pol.rpl -q tests/e2e/data/adversarial/attr1000u.yaml; residency check --as-of 2026-12-01 -p tests/e2e/data/adversarial/attr_pol.rpl -q tests/e2e/data/adversarial/attr1000.yaml
1 error, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of)
--- stderr
tests/e2e/data/adversarial/attr1000u.yaml:5:29: error: unsupported number '1_000': write it in decimal, or quote it for a string
    5 |     attrs: {retention_days: 1_000}
      |                             ^~~~~
--- exit 1
