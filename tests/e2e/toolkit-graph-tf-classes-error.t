$ residency graph --classes tests/tf/unknown-class.classes.yaml tests/tf/class-tag.json
--- stderr
tests/tf/unknown-class.classes.yaml:7:9: error: unknown data class 'persnal' for 'aws_db_instance.*'; did you mean 'personal'?
    7 |       - persnal
      |         ^~~~~~~
--- exit 2
