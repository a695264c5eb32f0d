$ residency check --as-of 2026-06-01 -p tests/adversarial/no_transfer_out.rpl tests/adversarial/tf_ddb_replica_unknown.json
tests/adversarial/tf_ddb_replica_unknown.json:6:4: error: [unknown-location] its replicas cannot be determined from the plan: the replica blocks are unknown until apply (aws_dynamodb_table.t)
    store: aws:eu-west-1 (IE)
1 error, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-06-01 (--as-of)
--- stderr
tests/adversarial/tf_ddb_replica_unknown.json: error: could not judge aws_dynamodb_table.t (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
