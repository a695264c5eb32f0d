$ residency check --as-of 2026-01-01 tests/e2e/data/adversarial/ubsan_waiver_only.yaml
tests/e2e/data/adversarial/ubsan_waiver_only.yaml:2:5: warning: [unused-waiver] waiver of eu_gdpr_transfer for * matched no violation (*)
    waiver: rule eu_gdpr_transfer, target *, expires 2027-12-31
0 errors, 1 warning, 0 infos, 0 waived; 0 facts checked; as of 2026-01-01 (--as-of)
--- stderr
--- exit 0
