$ residency check --as-of 2026-06-01 tests/tf/no-key.json
tests/tf/no-key.json:8:11: warning: [ts_encrypted_at_rest] Trade-secret data is stored without encryption at rest, or its key is held outside the data's locations (aws_ebs_volume.plain)
    rule: Trade secrets are encrypted at rest with the key kept where the data is
    classes: trade_secret
    store: aws:eu-west-1 (IE)
    failed: require encrypted at_rest
    failed: require key colocated (no key declared)
    cite: Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)
    remedy: Enable encryption at rest with a customer-managed key held in a key store in the same country as the data (key at PLACE)
    policy: <lib>/trade_secrets.rpl:105
tests/tf/no-key.json:27:11: warning: [ts_encrypted_at_rest] Trade-secret data is stored without encryption at rest, or its key is held outside the data's locations (aws_ebs_volume.key_abroad)
    rule: Trade secrets are encrypted at rest with the key kept where the data is
    classes: trade_secret
    store: aws:eu-west-1 (IE)
    failed: require key colocated (key at aws:us-east-1 (US))
    cite: Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)
    remedy: Enable encryption at rest with a customer-managed key held in a key store in the same country as the data (key at PLACE)
    policy: <lib>/trade_secrets.rpl:105
0 errors, 2 warnings, 0 infos, 0 waived; 3 facts checked; as of 2026-06-01 (--as-of)
--- stderr
--- exit 0
