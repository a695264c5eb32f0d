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
  us_dsp_prohibited (<lib>/laws/us_dsp.rpl:128, error)
    skipped: a transfer rule
  us_dsp_prohibited_store (<lib>/laws/us_dsp.rpl:140, error)
    skipped: no class of the fact is in its scope (customer_record)
  us_dsp_brokerage_identifiers (<lib>/laws/us_dsp.rpl:153, error)
    skipped: a transfer rule
  us_dsp_brokerage (<lib>/laws/us_dsp.rpl:166, error)
    skipped: a transfer rule
  us_dsp_brokerage_biometric (<lib>/laws/us_dsp.rpl:179, error)
    skipped: a transfer rule
  us_dsp_brokerage_gov (<lib>/laws/us_dsp.rpl:192, error)
    skipped: a transfer rule
  us_dsp_restricted_identifiers (<lib>/laws/us_dsp.rpl:206, error)
    skipped: a transfer rule
  us_dsp_restricted (<lib>/laws/us_dsp.rpl:219, error)
    skipped: a transfer rule
  us_dsp_restricted_biometric (<lib>/laws/us_dsp.rpl:232, error)
    skipped: a transfer rule
  us_dsp_restricted_gov (<lib>/laws/us_dsp.rpl:245, error)
    skipped: a transfer rule
  us_dsp_restricted_identifiers_store (<lib>/laws/us_dsp.rpl:257, error)
    customer_record: skipped: when `not (primary in not US_COUNTRIES_OF_CONCERN)` is false
  us_dsp_restricted_store (<lib>/laws/us_dsp.rpl:270, error)
    skipped: no class of the fact is in its scope (customer_record)
  us_dsp_restricted_biometric_store (<lib>/laws/us_dsp.rpl:283, error)
    skipped: no class of the fact is in its scope (customer_record)
  us_dsp_restricted_gov_store (<lib>/laws/us_dsp.rpl:296, error)
    skipped: no class of the fact is in its scope (customer_record)
  us_fl_ehr_localisation (<lib>/laws/us_health.rpl:64, error)
    skipped: no class of the fact is in its scope (customer_record)
  us_tx_ehr_localisation (<lib>/laws/us_health.rpl:74, error)
    skipped: no class of the fact is in its scope (customer_record)
  jp_appi_transfer (<lib>/laws/jp_appi.rpl:58, error)
    skipped: a transfer rule
  kr_pipa_transfer (<lib>/laws/kr_pipa.rpl:56, error)
    skipped: a transfer rule
  tr_kvkk_transfer (<lib>/laws/tr_kvkk.rpl:66, error)
    skipped: a transfer rule
  qc_law25_transfer (<lib>/laws/ca_qc.rpl:49, error)
    skipped: a transfer rule
  in_rbi_payment_localisation (<lib>/laws/in_sectoral.rpl:44, error)
    skipped: no class of the fact is in its scope (customer_record)
  ae_health_localisation (<lib>/laws/ae_health.rpl:57, error)
    skipped: no class of the fact is in its scope (customer_record)
  ae_health_transfer (<lib>/laws/ae_health.rpl:68, error)
    skipped: a transfer rule
verdict: violation acme_home_primary, acme_personal_at_rest
--- stderr
--- exit 1
