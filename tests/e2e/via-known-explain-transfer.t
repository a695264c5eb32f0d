$ residency explain -p tests/e2e/data/via-known.rpl --as-of 2026-11-28 'transfer of personal from DE to US with mechanism DEROGATION'
fact: transfer of personal from DE to US with mechanism DEROGATION
on: 2026-11-28
transfer transfer#1: from DE to US; origin DE; via flow; subjects not stated
  occasional_only (tests/e2e/data/via-known.rpl:10, error)
    personal, DE -> US: applies
      require mechanism SCC or (via flow and mechanism DEROGATION): true
      => pass
  exemption_needs_count (tests/e2e/data/via-known.rpl:16, warning)
    personal, DE -> US: applies
      require subjects known and subjects < 100_000: false
      => violation
  store_states_count (tests/e2e/data/via-known.rpl:23, info)
    skipped: a store rule
verdict: violation exemption_needs_count
--- stderr
--- exit 1
