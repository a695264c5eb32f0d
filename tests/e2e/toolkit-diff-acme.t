$ residency diff --as-of 2026-11-28 policies/default.rpl examples/acme.rpl
class customer_record: only in NEW
class pricing_model: only in NEW
biometric, children, criminal_records, genetic, health, payment, personal, precise_geolocation, special_category, us_government_related:
  store in WORLD: pass → violation (acme_personal_at_rest)
ru_citizen_personal:
  store in RU: pass → violation (acme_personal_at_rest)
  store in all except RU: violation (ru_localisation) → violation (acme_personal_at_rest, ru_localisation)
trade_secret:
  WORLD → ACME_HIGH_RISK: pass → violation (acme_trade_secret_high_risk), with encryption in transit
  WORLD → ACME_HIGH_RISK: violation (ts_encrypted_in_transit) → violation (acme_trade_secret_high_risk, ts_encrypted_in_transit), without encryption in transit
--- stderr
--- exit 1
