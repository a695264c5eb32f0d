$ residency explain -p examples/acme.rpl --as-of 2026-11-28 'store of customer_record at aws:us-east-1'
fact: store of customer_record at aws:us-east-1
on: 2026-11-28
store store#1: placement US; origin US; subjects not stated
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
  eu_gdpr_transfer (<lib>/laws/eu_gdpr.rpl:179, error)
    skipped: a transfer rule
  eu_gdpr_store (<lib>/laws/eu_gdpr.rpl:223, error)
    customer_record: skipped: when `origin in EU_GDPR_AREA` is false
  eu_special_category_transfer (<lib>/laws/eu_gdpr.rpl:243, warning)
    skipped: a transfer rule
  uk_gdpr_transfer (<lib>/laws/uk_gdpr.rpl:105, error)
    skipped: a transfer rule
  uk_gdpr_store (<lib>/laws/uk_gdpr.rpl:146, error)
    customer_record: skipped: when `origin in GB` is false
  ch_fadp_transfer (<lib>/laws/ch_fadp.rpl:86, error)
    skipped: a transfer rule
  ch_fadp_store (<lib>/laws/ch_fadp.rpl:125, error)
    customer_record: skipped: when `origin in CH` is false
  cn_pipl_transfer (<lib>/laws/cn_pipl.rpl:124, error)
    skipped: a transfer rule
  cn_pipl_store (<lib>/laws/cn_pipl.rpl:183, error)
    customer_record: skipped: when `origin in CN` is false
  cn_important_data_transfer (<lib>/laws/cn_pipl.rpl:201, error)
    skipped: a transfer rule
  cn_ciio_localisation (<lib>/laws/cn_pipl.rpl:211, error)
    customer_record: skipped: when `attr ciio` is false
  ru_localisation (<lib>/laws/ru_242fz.rpl:68, error)
    skipped: no class of the fact is in its scope (customer_record)
  ru_foreign_database (<lib>/laws/ru_242fz.rpl:79, warning)
    skipped: no class of the fact is in its scope (customer_record)
  ru_transfer (<lib>/laws/ru_242fz.rpl:91, error)
    skipped: a transfer rule
  ru_transfer_store (<lib>/laws/ru_242fz.rpl:135, error)
    customer_record: skipped: when `origin in RU` is false
  in_dpdp_transfer (<lib>/laws/in_dpdp.rpl:39, error)
    skipped: a transfer rule
  br_lgpd_transfer (<lib>/laws/br_lgpd.rpl:85, error)
    skipped: a transfer rule
  br_lgpd_store (<lib>/laws/br_lgpd.rpl:124, error)
    customer_record: skipped: when `origin in BR` is false
  ts_encrypted_at_rest (<lib>/trade_secrets.rpl:105, warning)
    skipped: no class of the fact is in its scope (customer_record)
  ts_encrypted_in_transit (<lib>/trade_secrets.rpl:116, warning)
    skipped: a transfer rule
  ts_export_key_home (<lib>/trade_secrets.rpl:126, error)
    skipped: no class of the fact is in its scope (customer_record)
  ts_export_authorisation (<lib>/trade_secrets.rpl:137, error)
    skipped: a transfer rule
  ts_export_embargo_store (<lib>/trade_secrets.rpl:146, error)
    skipped: no class of the fact is in its scope (customer_record)
  ts_export_embargo_transfer (<lib>/trade_secrets.rpl:156, error)
    skipped: a transfer rule
verdict: violation acme_home_primary, acme_personal_at_rest
--- stderr
--- exit 1
