$ residency check --as-of 2026-11-28 tests/corpus/terraform/infracost_infracost_aliased-provider-in-module.json
tests/corpus/terraform/infracost_infracost_aliased-provider-in-module.json:49:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (module.mine.aws_sqs_queue.sqs_withTags)
    store: aws:us-east-1 (US)
0 errors, 1 warning, 0 infos, 0 waived; 1 fact checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
