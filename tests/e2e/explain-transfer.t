$ residency explain --as-of 2026-11-28 'transfer of personal from DE to US with encrypted in_transit'
fact: transfer of personal from DE to US with encrypted in_transit
on: 2026-11-28
transfer transfer#1: from DE to US; origin DE
  eu_gdpr_transfer (<lib>/laws/eu_gdpr.rpl:168, error)
    personal, DE -> US: applies
      require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT, EU_DEROGATION } or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC): false
      => violation
  eu_gdpr_store (<lib>/laws/eu_gdpr.rpl:186, error)
    skipped: a store rule
  eu_special_category_transfer (<lib>/laws/eu_gdpr.rpl:206, warning)
    skipped: no class of the fact is in its scope (personal)
  uk_gdpr_transfer (<lib>/laws/uk_gdpr.rpl:78, error)
    personal: skipped: `origin GB` matched no origin country
  ch_fadp_transfer (<lib>/laws/ch_fadp.rpl:61, error)
    personal: skipped: `origin CH` matched no origin country
  cn_pipl_transfer (<lib>/laws/cn_pipl.rpl:108, error)
    personal: skipped: `origin CN` matched no origin country
  cn_pipl_store (<lib>/laws/cn_pipl.rpl:134, error)
    skipped: a store rule
  cn_important_data_transfer (<lib>/laws/cn_pipl.rpl:152, error)
    skipped: no class of the fact is in its scope (personal)
  cn_ciio_localisation (<lib>/laws/cn_pipl.rpl:162, error)
    skipped: a store rule
  ru_localisation (<lib>/laws/ru_242fz.rpl:49, error)
    skipped: a store rule
  ru_transfer (<lib>/laws/ru_242fz.rpl:60, error)
    personal: skipped: `origin RU` matched no origin country
  in_dpdp_transfer (<lib>/laws/in_dpdp.rpl:33, error)
    personal: skipped: `origin IN` matched no origin country
  br_lgpd_transfer (<lib>/laws/br_lgpd.rpl:83, error)
    personal: skipped: `origin BR` matched no origin country
  br_lgpd_store (<lib>/laws/br_lgpd.rpl:97, error)
    skipped: a store rule
  ts_encrypted_at_rest (<lib>/trade_secrets.rpl:101, warning)
    skipped: a store rule
  ts_encrypted_in_transit (<lib>/trade_secrets.rpl:112, warning)
    skipped: no class of the fact is in its scope (personal)
  ts_export_key_home (<lib>/trade_secrets.rpl:122, error)
    skipped: a store rule
  ts_export_authorisation (<lib>/trade_secrets.rpl:133, error)
    skipped: no class of the fact is in its scope (personal)
  ts_export_embargo_store (<lib>/trade_secrets.rpl:142, error)
    skipped: a store rule
  ts_export_embargo_transfer (<lib>/trade_secrets.rpl:152, error)
    skipped: no class of the fact is in its scope (personal)
verdict: violation eu_gdpr_transfer
--- stderr
--- exit 1
