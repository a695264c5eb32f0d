$ residency diff --as-of 2026-11-28 policies/default.rpl examples/acme.rpl --plan tests/tf/class-tag.json --classes tests/e2e/data/all-personal.classes.yaml
+ tests/tf/class-tag.json:77:7: warning: [acme_personal_at_rest] aws_s3_bucket.orders
+ tests/tf/class-tag.json:109:7: warning: [acme_personal_at_rest] aws_s3_bucket.orders_dr
--- stderr
--- exit 1
