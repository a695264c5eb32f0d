$ residency test tests/e2e/data/failing.rpl
FAIL tests/e2e/data/failing.rpl:3:6: test "a transfer to the US without a mechanism passes (it does not)" (as_of 2026-11-28)
  facts:
    transfer of personal from DE to US with encrypted in_transit
  expected: pass
  actual:   violation eu_gdpr_transfer
  unexpected: eu_gdpr_transfer
  violations:
    [eu_gdpr_transfer] transfer#1: personal; DE -> US
      failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
1 passed, 1 failed
--- stderr
--- exit 1
