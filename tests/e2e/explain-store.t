$ residency explain -p examples/acme.rpl --as-of 2026-11-28 'store of customer_record at aws:us-east-1'
fact: store of customer_record at aws:us-east-1
on: 2026-11-28
store store#1: placement US; origin US
  acme_home_primary (examples/acme.rpl:20, error)
    customer_record: applies
      require primary in ACME_HOME: false
      => violation
  acme_trade_secret_high_risk (examples/acme.rpl:28, error)
    skipped: a transfer rule
  acme_personal_at_rest (examples/acme.rpl:36, warning)
    customer_record: applies
      require encrypted at_rest: false
      => violation
  eu_gdpr_transfer (<lib>/laws/eu_gdpr.rpl:168, error)
    skipped: a transfer rule
  eu_gdpr_store (<lib>/laws/eu_gdpr.rpl:186, error)
    customer_record: skipped: when `origin in EU_GDPR_AREA` is false
  eu_special_category_transfer (<lib>/laws/eu_gdpr.rpl:206, warning)
    skipped: a transfer rule
  uk_gdpr_transfer (<lib>/laws/uk_gdpr.rpl:78, error)
    skipped: a transfer rule
  ch_fadp_transfer (<lib>/laws/ch_fadp.rpl:61, error)
    skipped: a transfer rule
  cn_pipl_transfer (<lib>/laws/cn_pipl.rpl:108, error)
    skipped: a transfer rule
  cn_pipl_store (<lib>/laws/cn_pipl.rpl:134, error)
    customer_record: skipped: when `origin in CN` is false
  cn_important_data_transfer (<lib>/laws/cn_pipl.rpl:152, error)
    skipped: a transfer rule
  cn_ciio_localisation (<lib>/laws/cn_pipl.rpl:162, error)
    customer_record: skipped: when `attr ciio` is false
  ru_localisation (<lib>/laws/ru_242fz.rpl:49, error)
    skipped: no class of the fact is in its scope (customer_record)
  ru_transfer (<lib>/laws/ru_242fz.rpl:60, error)
    skipped: a transfer rule
  in_dpdp_transfer (<lib>/laws/in_dpdp.rpl:33, error)
    skipped: a transfer rule
  br_lgpd_transfer (<lib>/laws/br_lgpd.rpl:83, error)
    skipped: a transfer rule
  br_lgpd_store (<lib>/laws/br_lgpd.rpl:97, error)
    customer_record: skipped: when `origin in BR` is false
  ts_encrypted_at_rest (<lib>/trade_secrets.rpl:101, warning)
    skipped: no class of the fact is in its scope (customer_record)
  ts_encrypted_in_transit (<lib>/trade_secrets.rpl:112, warning)
    skipped: a transfer rule
  ts_export_key_home (<lib>/trade_secrets.rpl:122, error)
    skipped: no class of the fact is in its scope (customer_record)
  ts_export_authorisation (<lib>/trade_secrets.rpl:133, error)
    skipped: a transfer rule
  ts_export_embargo_store (<lib>/trade_secrets.rpl:142, error)
    skipped: no class of the fact is in its scope (customer_record)
  ts_export_embargo_transfer (<lib>/trade_secrets.rpl:152, error)
    skipped: a transfer rule
verdict: violation acme_home_primary, acme_personal_at_rest
--- stderr
--- exit 1
