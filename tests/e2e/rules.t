$ residency rules -p examples/quickstart/policy.rpl --as-of 2026-11-28
RULE                                 SEVERITY  KIND      CITE
customers_in_eu                      error     store     -
eu_gdpr_transfer                     error     transfer  GDPR Art. 44-49
eu_gdpr_store                        error     store     GDPR Art. 44-49; EDPB Guidelines 05/2021
eu_special_category_transfer         warning   transfer  Programme choice, not a GDPR requirement: EDPB Recommendations 01/2020 (guidance on supplementary measures for Art. 46 transfers)
uk_gdpr_transfer                     error     transfer  UK GDPR Art. 44-49; DPA 2018 Sch. 21 para 5
uk_gdpr_store                        error     store     UK GDPR Art. 44-49
ch_fadp_transfer                     error     transfer  FADP Art. 16-17; DPO Annex 1
ch_fadp_store                        error     store     FADP Art. 16; DPO Annex 1
cn_pipl_transfer                     error     transfer  PIPL Art. 38; Provisions on Promoting and Regulating Cross-Border Data Flows (2024) Arts. 5, 7, 8
cn_pipl_store                        error     store     PIPL Art. 38; Provisions on Promoting and Regulating Cross-Border Data Flows (2024) Arts. 5, 7, 8
cn_important_data_transfer           error     transfer  Security Assessment Measures for Outbound Data Transfers (2022); Provisions on Promoting and Regulating Cross-Border Data Flows (2024)
cn_ciio_localisation                 error     store     Cybersecurity Law Art. 37 (2017); PIPL Art. 40
ru_localisation                      error     store     Federal Law 152-FZ Art. 18(5), as amended by 242-FZ and 23-FZ
ru_foreign_database                  warning   store     Federal Law 152-FZ Art. 18(5) as rewritten by 23-FZ (in force 2025-07-01); applying it to replicas and backups is a contested reading
ru_transfer                          error     transfer  Federal Law 152-FZ as amended by 266-FZ; Government Decrees No. 6 and No. 24 (2023)
ru_transfer_store                    error     store     Federal Law 152-FZ as amended by 266-FZ
br_lgpd_transfer                     error     transfer  LGPD Art. 33; Resolution CD/ANPD No. 19/2024
br_lgpd_store                        error     store     LGPD Art. 33
ts_encrypted_at_rest                 warning   store     Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)
ts_encrypted_in_transit              warning   transfer  Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)
ts_export_key_home                   error     store     ITAR 22 CFR §120.54(a)(5), (b); EAR 15 CFR §734.18(a)(5), (b), §734.19
ts_export_authorisation              error     transfer  ITAR 22 CFR §120.54(a)(5), (b), §120.50; EAR 15 CFR §734.18(a)(5), (b), §734.19
ts_export_embargo_store              error     store     ITAR 22 CFR §120.54(a)(5)(iv), §126.1; EAR 15 CFR §734.18(a)(5)(iv), Country Group D:5
ts_export_embargo_transfer           error     transfer  ITAR 22 CFR §120.54(a)(5)(iv), §126.1; EAR 15 CFR §734.18(a)(5)(iv), Country Group D:5
us_dsp_prohibited                    error     transfer  28 CFR 202.303 (bulk human 'omic data), 202.205(a)
us_dsp_prohibited_store              error     store     28 CFR 202.303 (bulk human 'omic data), 202.205(a)
us_dsp_brokerage_identifiers         error     transfer  28 CFR 202.301 (data brokerage), 202.205(f)
us_dsp_brokerage                     error     transfer  28 CFR 202.301 (data brokerage), 202.205(d)-(e)
us_dsp_brokerage_biometric           error     transfer  28 CFR 202.301 (data brokerage), 202.205(b)-(c)
us_dsp_brokerage_gov                 error     transfer  28 CFR 202.301 (data brokerage), 202.222 (government-related data)
us_dsp_restricted_identifiers        error     transfer  28 CFR 202.401 (restricted transactions), 202.205(f), 202.248
us_dsp_restricted                    error     transfer  28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248
us_dsp_restricted_biometric          error     transfer  28 CFR 202.401 (restricted transactions), 202.205(b)-(c), 202.248
us_dsp_restricted_gov                error     transfer  28 CFR 202.401 (restricted transactions), 202.222, 202.248
us_dsp_restricted_identifiers_store  error     store     28 CFR 202.401 (restricted transactions), 202.205(f), 202.248
us_dsp_restricted_store              error     store     28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248
us_dsp_restricted_biometric_store    error     store     28 CFR 202.401 (restricted transactions), 202.205(b)-(c), 202.248
us_dsp_restricted_gov_store          error     store     28 CFR 202.401 (restricted transactions), 202.222, 202.248
us_fl_ehr_localisation               error     store     Fla. Stat. §408.051(3) (SB 264, 2023)
us_tx_ehr_localisation               error     store     Tex. Health & Safety Code §183.002(a) (SB 1188, 2025)
jp_appi_transfer                     error     transfer  APPI Art. 28 (Art. 24 before 2022-04-01)
kr_pipa_transfer                     error     transfer  PIPA Art. 28-8 (as amended, in force 2023-09-15)
tr_kvkk_transfer                     error     transfer  KVKK (Law No. 6698) Art. 9, as amended by Law No. 7499
qc_law25_transfer                    error     transfer  CQLR c. P-39.1, s.17, as amended by Law 25 (2021, c. 25)
in_rbi_payment_localisation          error     store     RBI circular on Storage of Payment System Data of 2018-04-06 (Payment and Settlement Systems Act 2007); RBI FAQ of 2019-06-26
ae_health_localisation               error     store     Federal Law No. 2 of 2019 (ICT in health fields) Art. 13
ae_health_transfer                   error     transfer  Federal Law No. 2 of 2019 (ICT in health fields) Art. 13; Ministerial Resolution No. 51 of 2021
47 rules in force on 2026-11-28
--- stderr
--- exit 0
