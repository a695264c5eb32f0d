$ residency rules -p examples/quickstart/policy.rpl --as-of 2026-11-28
RULE                          SEVERITY  KIND      CITE
customers_in_eu               error     store     -
eu_gdpr_transfer              error     transfer  GDPR Art. 44-49
eu_special_category_transfer  error     transfer  GDPR Art. 9, Art. 44, Art. 46; EDPB Recommendations 01/2020
uk_gdpr_transfer              error     transfer  UK GDPR Art. 44-49; DPA 2018 Sch. 21 para 5
ch_fadp_transfer              error     transfer  FADP Art. 16; DPO Annex 1
cn_pipl_transfer              error     transfer  PIPL Art. 38; Provisions on Promoting and Regulating Cross-Border Data Flows (2024)
cn_important_data_transfer    error     transfer  Security Assessment Measures for Outbound Data Transfers (2022); Provisions on Promoting and Regulating Cross-Border Data Flows (2024)
cn_ciio_localisation          error     store     PIPL Art. 40
ru_localisation               error     store     Federal Law 152-FZ Art. 18(5), as amended by 242-FZ and 23-FZ
ru_transfer                   error     transfer  Federal Law 152-FZ as amended by 266-FZ; Government Decrees No. 6 and No. 24 (2023)
in_dpdp_transfer              error     transfer  Digital Personal Data Protection Act 2023, s.16(1)
br_lgpd_transfer              error     transfer  LGPD Art. 33; Resolution CD/ANPD No. 19/2024
ts_encrypted_at_rest          error     store     Trade-secret reasonable steps: Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)
ts_encrypted_in_transit       error     transfer  Trade-secret reasonable steps: Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)
ts_export_embargo_store       error     store     ITAR 22 CFR §120.54 (§126.1 countries, Russia); EAR 15 CFR §734.18(a)(5) (Country Group D:5, Russia)
ts_export_embargo_transfer    error     transfer  ITAR 22 CFR §120.54 (§126.1 countries, Russia); EAR 15 CFR §734.18(a)(5) (Country Group D:5, Russia)
16 rules in force on 2026-11-28
--- stderr
--- exit 0
