$ residency check --fail-on never --as-of 2026-06-01 tests/adversarial/tf_key_conditional.json
tests/adversarial/tf_key_conditional.json:45:4: warning: [ts_encrypted_at_rest] Trade-secret data is stored without encryption at rest, or its key is held outside the data's locations (aws_db_instance.db)
    rule: Trade secrets are encrypted at rest with the key kept where the data is
    classes: trade_secret
    store: aws:eu-west-1 (IE)
    failed: require key colocated (the key's location is unknown)
    cite: Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)
    remedy: Enable encryption at rest with a customer-managed key held in a key store in the same country as the data (key at PLACE)
    policy: <lib>/trade_secrets.rpl:105
tests/adversarial/tf_key_conditional.json:45:4: error: [unknown-location] the location of its encryption key cannot be determined from the plan: its key is aws_kms_key.eu or aws_kms_key.us, which are in different locations, and which one is used is known only at apply (aws_db_instance.db)
    store: aws:eu-west-1 (IE)
1 error, 1 warning, 0 infos, 0 waived; 1 fact checked; as of 2026-06-01 (--as-of)
--- stderr
tests/adversarial/tf_key_conditional.json: error: could not judge aws_db_instance.db (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
