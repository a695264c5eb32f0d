$ residency check --as-of 2026-06-01 --classes tests/tf/alias.classes.yaml tests/tf/s3-replication.json
--- stderr
tests/tf/alias.classes.yaml:3:5: error: invalid classes file: anchors and aliases are not allowed
    3 |   - &e
      |     ^
--- exit 2
