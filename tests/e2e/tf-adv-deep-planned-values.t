$ residency check --as-of 2026-06-01 -p tests/adversarial/eu_only.rpl tests/adversarial/tf_deep_planned_values.json
--- stderr
tests/adversarial/tf_deep_planned_values.json:1:1: error: planned_values: modules nested deeper than 64 levels
    1 | {
      | ^
--- exit 2
