$ residency check --as-of 2026-06-01 -p tests/adversarial/eu_only.rpl tests/adversarial/tf_unmodeled_tagged.json
tests/adversarial/tf_unmodeled_tagged.json:6:4: error: [eu_only] Every store is in the EU (aws_elasticache_replication_group.c)
    classes: personal
    store: aws:us-east-1 (US)
    failed: require location in EU
    policy: tests/adversarial/eu_only.rpl:3
tests/adversarial/tf_unmodeled_tagged.json:25:4: error: [eu_only] Every store is in the EU (google_bigtable_instance.t)
    classes: personal
    store: gcp:us-central1 (US)
    failed: require location in EU
    policy: tests/adversarial/eu_only.rpl:3
2 errors, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-06-01 (--as-of)
--- stderr
--- exit 1
