$ residency check --as-of 2026-06-01 tests/adversarial/tf_s3_key_module.json
tests/adversarial/tf_s3_key_module.json:6:4: warning: [ts_encrypted_at_rest] Trade-secret data is stored without encryption at rest, or its key is held outside the data's locations (aws_s3_bucket.b)
    rule: Trade secrets are encrypted at rest with the key kept where the data is
    classes: trade_secret
    store: aws:eu-west-1 (IE)
    failed: require key colocated (the key's location is unknown)
    cite: Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)
    remedy: Enable encryption at rest with a customer-managed key held in a key store in the same country as the data (key at PLACE)
    policy: <lib>/trade_secrets.rpl:105
tests/adversarial/tf_s3_key_module.json:6:4: error: [unknown-location] the location of its encryption key cannot be determined from the plan: its key is unknown until apply (aws_s3_bucket.b)
    store: aws:eu-west-1 (IE)
1 error, 1 warning, 0 infos, 0 waived; 1 fact checked; as of 2026-06-01 (--as-of)
--- stderr
tests/adversarial/tf_s3_key_module.json: error: could not judge aws_s3_bucket.b (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
