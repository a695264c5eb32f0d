$ residency check -q --as-of 2026-06-01 tests/adversarial/tf_sqs_key_module.json
1 error, 1 warning, 0 infos, 0 waived; 1 fact checked; as of 2026-06-01 (--as-of)
--- stderr
tests/adversarial/tf_sqs_key_module.json: error: could not judge aws_sqs_queue.q (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
