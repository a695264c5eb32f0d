$ residency explain -p tests/e2e/data/via-known.rpl --as-of 2026-11-28 'store crm of personal at DE with replicas at US, backups at FR, mechanism DEROGATION'
fact: store crm of personal at DE with replicas at US, backups at FR, mechanism DEROGATION
on: 2026-11-28
store crm: placement DE, FR, US; origin DE; subjects not stated
  occasional_only (tests/e2e/data/via-known.rpl:10, error)
    skipped: a transfer rule
  exemption_needs_count (tests/e2e/data/via-known.rpl:16, warning)
    skipped: a transfer rule
  store_states_count (tests/e2e/data/via-known.rpl:23, info)
    personal: applies
      require subjects known: false
      => violation
transfer crm (replica US): from DE to US; origin DE; via replica; subjects not stated
  occasional_only (tests/e2e/data/via-known.rpl:10, error)
    personal, DE -> US: applies
      require mechanism SCC or (via flow and mechanism DEROGATION): false
      => violation
  exemption_needs_count (tests/e2e/data/via-known.rpl:16, warning)
    personal, DE -> US: applies
      require subjects known and subjects < 100_000: false
      => violation
  store_states_count (tests/e2e/data/via-known.rpl:23, info)
    skipped: a store rule
transfer crm (backup FR): from DE to FR; origin DE; via backup; subjects not stated
  occasional_only (tests/e2e/data/via-known.rpl:10, error)
    personal, DE -> FR: skipped: `to not HOME` did not match DE -> FR
  exemption_needs_count (tests/e2e/data/via-known.rpl:16, warning)
    personal, DE -> FR: skipped: `to not HOME` did not match DE -> FR
  store_states_count (tests/e2e/data/via-known.rpl:23, info)
    skipped: a store rule
verdict: violation occasional_only, exemption_needs_count, store_states_count
--- stderr
--- exit 1
