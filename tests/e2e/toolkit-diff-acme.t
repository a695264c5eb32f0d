$ residency diff --as-of 2026-11-28 policies/default.rpl examples/acme.rpl
class customer_record: only in NEW
class pricing_model: only in NEW
ae_health_data:
  store in AE: pass → violation (acme_personal_at_rest)
  store in all except AE: violation (ae_health_localisation) → violation (acme_personal_at_rest, ae_health_localisation)
biometric, children, criminal_records, genetic, health, payment, personal, precise_geolocation, qc_personal, special_category, us_government_related:
  store in WORLD: pass → violation (acme_personal_at_rest)
in_payment_system_data:
  store in IN: pass → violation (acme_personal_at_rest)
  store in all except IN: violation (in_rbi_payment_localisation) → violation (acme_personal_at_rest, in_rbi_payment_localisation)
ru_citizen_personal:
  store in RU: pass → violation (acme_personal_at_rest)
  store in all except RU: violation (ru_localisation) → violation (acme_personal_at_rest, ru_localisation)
trade_secret:
  WORLD → ACME_HIGH_RISK: pass → violation (acme_trade_secret_high_risk), with encryption in transit
  WORLD → ACME_HIGH_RISK: violation (ts_encrypted_in_transit) → violation (acme_trade_secret_high_risk, ts_encrypted_in_transit), without encryption in transit
us_fl_ehr:
  store in US_AND_TERRITORIES, CA: pass → violation (acme_personal_at_rest)
  store in all except US_AND_TERRITORIES, CA: violation (us_fl_ehr_localisation) → violation (acme_personal_at_rest, us_fl_ehr_localisation)
us_tx_ehr:
  store in US_AND_TERRITORIES: pass → violation (acme_personal_at_rest)
  store in all except US_AND_TERRITORIES: violation (us_tx_ehr_localisation) → violation (acme_personal_at_rest, us_tx_ehr_localisation)
--- stderr
--- exit 1
