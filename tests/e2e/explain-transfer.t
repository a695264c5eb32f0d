$ residency explain --as-of 2026-11-28 'transfer of personal from DE to US with encrypted in_transit'
fact: transfer of personal from DE to US with encrypted in_transit
on: 2026-11-28
transfer transfer#1: from DE to US; origin DE; via flow; subjects not stated
  eu_gdpr_transfer (<lib>/laws/eu_gdpr.rpl:179, error)
    personal, DE -> US: applies
      require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC): false
      => violation
  eu_gdpr_store (<lib>/laws/eu_gdpr.rpl:223, error)
    skipped: a store rule
  eu_special_category_transfer (<lib>/laws/eu_gdpr.rpl:243, warning)
    skipped: no class of the fact is in its scope (personal)
  uk_gdpr_transfer (<lib>/laws/uk_gdpr.rpl:105, error)
    personal, DE -> US: skipped: when `from in GB or not (origin in not GB)` is false
  uk_gdpr_store (<lib>/laws/uk_gdpr.rpl:146, error)
    skipped: a store rule
  ch_fadp_transfer (<lib>/laws/ch_fadp.rpl:86, error)
    personal, DE -> US: skipped: when `from in CH or not (origin in not CH)` is false
  ch_fadp_store (<lib>/laws/ch_fadp.rpl:125, error)
    skipped: a store rule
  cn_pipl_transfer (<lib>/laws/cn_pipl.rpl:124, error)
    personal: skipped: `origin CN` matched no origin country
  cn_pipl_store (<lib>/laws/cn_pipl.rpl:183, error)
    skipped: a store rule
  cn_important_data_transfer (<lib>/laws/cn_pipl.rpl:201, error)
    skipped: no class of the fact is in its scope (personal)
  cn_ciio_localisation (<lib>/laws/cn_pipl.rpl:211, error)
    skipped: a store rule
  ru_localisation (<lib>/laws/ru_242fz.rpl:68, error)
    skipped: a store rule
  ru_foreign_database (<lib>/laws/ru_242fz.rpl:79, warning)
    skipped: a store rule
  ru_transfer (<lib>/laws/ru_242fz.rpl:91, error)
    personal, DE -> US: skipped: when `from in RU or not (origin in not RU)` is false
  ru_transfer_store (<lib>/laws/ru_242fz.rpl:135, error)
    skipped: a store rule
  in_dpdp_transfer (<lib>/laws/in_dpdp.rpl:39, error)
    skipped: not in force on 2026-11-28 (since 2027-05-13)
  br_lgpd_transfer (<lib>/laws/br_lgpd.rpl:85, error)
    personal: skipped: `origin BR` matched no origin country
  br_lgpd_store (<lib>/laws/br_lgpd.rpl:124, error)
    skipped: a store rule
  ts_encrypted_at_rest (<lib>/trade_secrets.rpl:105, warning)
    skipped: a store rule
  ts_encrypted_in_transit (<lib>/trade_secrets.rpl:116, warning)
    skipped: no class of the fact is in its scope (personal)
  ts_export_key_home (<lib>/trade_secrets.rpl:126, error)
    skipped: a store rule
  ts_export_authorisation (<lib>/trade_secrets.rpl:137, error)
    skipped: no class of the fact is in its scope (personal)
  ts_export_embargo_store (<lib>/trade_secrets.rpl:146, error)
    skipped: a store rule
  ts_export_embargo_transfer (<lib>/trade_secrets.rpl:156, error)
    skipped: no class of the fact is in its scope (personal)
  us_dsp_prohibited (<lib>/laws/us_dsp.rpl:128, error)
    skipped: no class of the fact is in its scope (personal)
  us_dsp_prohibited_store (<lib>/laws/us_dsp.rpl:140, error)
    skipped: a store rule
  us_dsp_brokerage_identifiers (<lib>/laws/us_dsp.rpl:153, error)
    personal: skipped: `origin US` matched no origin country
  us_dsp_brokerage (<lib>/laws/us_dsp.rpl:166, error)
    skipped: no class of the fact is in its scope (personal)
  us_dsp_brokerage_biometric (<lib>/laws/us_dsp.rpl:179, error)
    skipped: no class of the fact is in its scope (personal)
  us_dsp_brokerage_gov (<lib>/laws/us_dsp.rpl:192, error)
    skipped: no class of the fact is in its scope (personal)
  us_dsp_restricted_identifiers (<lib>/laws/us_dsp.rpl:206, error)
    personal: skipped: `origin US` matched no origin country
  us_dsp_restricted (<lib>/laws/us_dsp.rpl:219, error)
    skipped: no class of the fact is in its scope (personal)
  us_dsp_restricted_biometric (<lib>/laws/us_dsp.rpl:232, error)
    skipped: no class of the fact is in its scope (personal)
  us_dsp_restricted_gov (<lib>/laws/us_dsp.rpl:245, error)
    skipped: no class of the fact is in its scope (personal)
  us_dsp_restricted_identifiers_store (<lib>/laws/us_dsp.rpl:257, error)
    skipped: a store rule
  us_dsp_restricted_store (<lib>/laws/us_dsp.rpl:270, error)
    skipped: a store rule
  us_dsp_restricted_biometric_store (<lib>/laws/us_dsp.rpl:283, error)
    skipped: a store rule
  us_dsp_restricted_gov_store (<lib>/laws/us_dsp.rpl:296, error)
    skipped: a store rule
  us_fl_ehr_localisation (<lib>/laws/us_health.rpl:64, error)
    skipped: a store rule
  us_tx_ehr_localisation (<lib>/laws/us_health.rpl:74, error)
    skipped: a store rule
  jp_appi_transfer (<lib>/laws/jp_appi.rpl:58, error)
    personal: skipped: `origin JP` matched no origin country
  kr_pipa_transfer (<lib>/laws/kr_pipa.rpl:56, error)
    personal: skipped: `origin KR` matched no origin country
  tr_kvkk_transfer (<lib>/laws/tr_kvkk.rpl:66, error)
    personal: skipped: `origin TR` matched no origin country
  qc_law25_transfer (<lib>/laws/ca_qc.rpl:49, error)
    skipped: no class of the fact is in its scope (personal)
  in_rbi_payment_localisation (<lib>/laws/in_sectoral.rpl:44, error)
    skipped: a store rule
  ae_health_localisation (<lib>/laws/ae_health.rpl:57, error)
    skipped: a store rule
  ae_health_transfer (<lib>/laws/ae_health.rpl:68, error)
    skipped: no class of the fact is in its scope (personal)
verdict: violation eu_gdpr_transfer
--- stderr
--- exit 1
