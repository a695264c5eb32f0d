$ residency check --as-of 2026-11-28 tests/tf/waiver-tool-star.yaml
--- stderr
tests/tf/waiver-tool-star.yaml:2:5: error: a waiver of unknown-location must name the resource address, not "*"
    2 |   - rule: unknown-location
      |     ^
--- exit 2
