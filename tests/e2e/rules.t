$ residency rules -p examples/quickstart/policy.rpl --as-of 2026-11-28
RULE                          SEVERITY  KIND      CITE
customers_in_eu               error     store     -
eu_gdpr_transfer              error     transfer  GDPR Art. 44-49
eu_gdpr_store                 error     store     GDPR Art. 44-49; EDPB Guidelines 05/2021
eu_special_category_transfer  warning   transfer  Programme choice, not a GDPR requirement: EDPB Recommendations 01/2020 (guidance on supplementary measures for Art. 46 transfers)
uk_gdpr_transfer              error     transfer  UK GDPR Art. 44-49; DPA 2018 Sch. 21 para 5
uk_gdpr_store                 error     store     UK GDPR Art. 44-49
ch_fadp_transfer              error     transfer  FADP Art. 16-17; DPO Annex 1
ch_fadp_store                 error     store     FADP Art. 16; DPO Annex 1
cn_pipl_transfer              error     transfer  PIPL Art. 38; Provisions on Promoting and Regulating Cross-Border Data Flows (2024) Arts. 5, 7, 8
cn_pipl_store                 error     store     PIPL Art. 38; Provisions on Promoting and Regulating Cross-Border Data Flows (2024) Arts. 5, 7, 8
cn_important_data_transfer    error     transfer  Security Assessment Measures for Outbound Data Transfers (2022); Provisions on Promoting and Regulating Cross-Border Data Flows (2024)
cn_ciio_localisation          error     store     Cybersecurity Law Art. 37 (2017); PIPL Art. 40
ru_localisation               error     store     Federal Law 152-FZ Art. 18(5), as amended by 242-FZ and 23-FZ
ru_foreign_database           warning   store     Federal Law 152-FZ Art. 18(5) as rewritten by 23-FZ (in force 2025-07-01); applying it to replicas and backups is a contested reading
ru_transfer                   error     transfer  Federal Law 152-FZ as amended by 266-FZ; Government Decrees No. 6 and No. 24 (2023)
ru_transfer_store             error     store     Federal Law 152-FZ as amended by 266-FZ
br_lgpd_transfer              error     transfer  LGPD Art. 33; Resolution CD/ANPD No. 19/2024
br_lgpd_store                 error     store     LGPD Art. 33
ts_encrypted_at_rest          warning   store     Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)
ts_encrypted_in_transit       warning   transfer  Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)
ts_export_key_home            error     store     ITAR 22 CFR §120.54(a)(5), (b); EAR 15 CFR §734.18(a)(5), (b), §734.19
ts_export_authorisation       error     transfer  ITAR 22 CFR §120.54(a)(5), (b), §120.50; EAR 15 CFR §734.18(a)(5), (b), §734.19
ts_export_embargo_store       error     store     ITAR 22 CFR §120.54(a)(5)(iv), §126.1; EAR 15 CFR §734.18(a)(5)(iv), Country Group D:5
ts_export_embargo_transfer    error     transfer  ITAR 22 CFR §120.54(a)(5)(iv), §126.1; EAR 15 CFR §734.18(a)(5)(iv), Country Group D:5
24 rules in force on 2026-11-28
--- stderr
--- exit 0
