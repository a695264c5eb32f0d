$ residency check --as-of 2026-06-01 -p tests/adversarial/no_transfer_out.rpl tests/adversarial/tf_s3_inline_repl_unknown.json
tests/adversarial/tf_s3_inline_repl_unknown.json:6:4: error: [unknown-location] its replication destination cannot be determined from the plan: replication_configuration is unknown until apply (aws_s3_bucket.b)
    store: aws:eu-west-1 (IE)
1 error, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-06-01 (--as-of)
--- stderr
tests/adversarial/tf_s3_inline_repl_unknown.json: error: could not judge aws_s3_bucket.b (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
