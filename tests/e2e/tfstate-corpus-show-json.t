$ residency check --as-of 2026-12-01 --require-classes tests/corpus/terraform-state/infracost_infracost_show-json-state-v0.12.json
tests/corpus/terraform-state/infracost_infracost_show-json-state-v0.12.json:484:21: error: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (module.db.module.db_1.module.db_instance.aws_db_instance.this)
    store: aws:us-east-1 (US)
1 error, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
