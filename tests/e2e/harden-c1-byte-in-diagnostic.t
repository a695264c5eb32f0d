$ residency check --as-of 2026-12-01 tests/e2e/data/adversarial/c1-byte.yaml
--- stderr
tests/e2e/data/adversarial/c1-byte.yaml:2:12: error: invalid UTF-8: invalid leading UTF-8 octet
    2 |   - name: a?31mX
      |            ^
--- exit 2
