$ residency check -p tests/e2e/data/via-known.rpl tests/e2e/data/via-known-plan.yaml
tests/e2e/data/via-known-plan.yaml:5:16: error: [occasional_only] A derogation covers occasional flows, never replication (crm (replica US))
    classes: personal
    pairs: DE→US
    failed: require mechanism SCC or (via flow and mechanism DEROGATION)
    cite: GDPR Art. 49
    policy: tests/e2e/data/via-known.rpl:10
tests/e2e/data/via-known-plan.yaml:11:5: info: [store_states_count] Stores abroad state their count (us-copy)
    classes: personal
    failed: require subjects known
    policy: tests/e2e/data/via-known.rpl:23
tests/e2e/data/via-known-plan.yaml:22:5: warning: [exemption_needs_count] The small-volume exemption needs a stated count (uncounted)
    classes: personal
    pairs: DE→US
    failed: require subjects known and subjects < 100_000
    policy: tests/e2e/data/via-known.rpl:16
1 error, 1 warning, 1 info, 0 waived; 6 facts checked
--- stderr
--- exit 1
