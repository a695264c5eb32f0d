$ residency check --as-of 2026-06-01 -p tests/adversarial/eu_only.rpl tests/adversarial/tf_unmodeled_tagged.json
tests/adversarial/tf_unmodeled_tagged.json:6:4: error: [unmodelled-resource] resource type aws_elasticache_replication_group is not modelled, but it carries the tag 'data-classes': where it keeps and copies its data cannot be judged (aws_elasticache_replication_group.c)
tests/adversarial/tf_unmodeled_tagged.json:25:4: error: [unmodelled-resource] resource type google_bigtable_instance is not modelled, but it carries the tag 'data-classes': where it keeps and copies its data cannot be judged (google_bigtable_instance.t)
2 errors, 0 warnings, 0 infos, 0 waived; 0 facts checked
--- stderr
tests/adversarial/tf_unmodeled_tagged.json: error: could not judge aws_elasticache_replication_group.c, google_bigtable_instance.t (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
