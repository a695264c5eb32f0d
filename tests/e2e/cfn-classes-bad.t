$ residency check --as-of 2026-12-01 --region eu-central-1 --classes tests/tf/unknown-class.classes.yaml tests/cfn/orders.yaml
--- stderr
tests/tf/unknown-class.classes.yaml:7:9: error: unknown data class 'persnal' for 'aws_db_instance.*'; did you mean 'personal'?
    7 |       - persnal
      |         ^~~~~~~
--- exit 2
