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
verdict: violation eu_gdpr_transfer
--- stderr
--- exit 1
