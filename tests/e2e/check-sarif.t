$ residency check -p examples/acme.rpl -f sarif examples/plan.yaml
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "residency",
          "version": "0.1.0",
          "semanticVersion": "0.1.0",
          "properties": {"libraryCurrentTo": "2026-12-07"},
          "rules": [
            {
              "id": "acme_home_primary",
              "name": "acme_home_primary",
              "shortDescription": {"text": "Customer records have their primary copy at home"},
              "fullDescription": {"text": "The primary copy of customer records is outside the EEA, Switzerland and the UK"},
              "help": {"text": "The primary copy of customer records is outside the EEA, Switzerland and the UK\nRemedy: Move the primary database to an EEA, Swiss or UK region\nCite: Acme data policy, section 2.1"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "Acme data policy, section 2.1", "policyFile": "examples/acme.rpl", "policyLine": 20}
            },
            {
              "id": "acme_trade_secret_high_risk",
              "name": "acme_trade_secret_high_risk",
              "shortDescription": {"text": "Trade secrets never go to high-risk countries"},
              "fullDescription": {"text": "Trade secrets are sent to a country on Acme's high-risk list"},
              "help": {"text": "Trade secrets are sent to a country on Acme's high-risk list\nRemedy: Keep the data out of these countries; ask the security office for an exception\nCite: Acme trade-secret programme, section 4"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "Acme trade-secret programme, section 4", "policyFile": "examples/acme.rpl", "policyLine": 28}
            },
            {
              "id": "acme_personal_at_rest",
              "name": "acme_personal_at_rest",
              "shortDescription": {"text": "Personal data is encrypted at rest"},
              "fullDescription": {"text": "A store of personal data is not encrypted at rest"},
              "help": {"text": "A store of personal data is not encrypted at rest\nRemedy: Turn on storage encryption (SSE-KMS, CMEK or Azure SSE with customer keys)\nCite: Acme security baseline, control SB-7"},
              "defaultConfiguration": {"level": "warning"},
              "properties": {"cite": "Acme security baseline, control SB-7", "policyFile": "examples/acme.rpl", "policyLine": 36}
            },
            {
              "id": "eu_gdpr_transfer",
              "name": "eu_gdpr_transfer",
              "shortDescription": {"text": "Personal data leaving the EEA needs a Chapter V basis"},
              "fullDescription": {"text": "Personal data from the EEA goes to a country without an EU adequacy decision and without a Chapter V safeguard"},
              "help": {"text": "Personal data from the EEA goes to a country without an EU adequacy decision and without a Chapter V safeguard\nRemedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country\nCite: GDPR Art. 44-49"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "GDPR Art. 44-49", "policyFile": "<lib>/laws/eu_gdpr.rpl", "policyLine": 114}
            },
            {
              "id": "eu_special_category_transfer",
              "name": "eu_special_category_transfer",
              "shortDescription": {"text": "Special categories leaving the EEA need supplementary measures"},
              "fullDescription": {"text": "Special-category personal data from the EEA leaves the EEA neither pseudonymised nor encrypted in transit"},
              "help": {"text": "Special-category personal data from the EEA leaves the EEA neither pseudonymised nor encrypted in transit\nRemedy: Encrypt the transfer end to end with keys held in the EEA or an adequate country, or pseudonymise the data before it leaves (the additional information stays with the exporter)\nCite: GDPR Art. 9, Art. 44, Art. 46; EDPB Recommendations 01/2020"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "GDPR Art. 9, Art. 44, Art. 46; EDPB Recommendations 01/2020", "policyFile": "<lib>/laws/eu_gdpr.rpl", "policyLine": 130}
            },
            {
              "id": "uk_gdpr_transfer",
              "name": "uk_gdpr_transfer",
              "shortDescription": {"text": "Personal data leaving the UK needs a UK transfer basis"},
              "fullDescription": {"text": "Personal data from the UK goes to a country without UK adequacy regulations and without a UK transfer mechanism"},
              "help": {"text": "Personal data from the UK goes to a country without UK adequacy regulations and without a UK transfer mechanism\nRemedy: Attest the UK IDTA or the UK Addendum to the EU SCCs (EU SCCs alone are not valid), UK BCRs, or for a US recipient certified under the UK Extension attest UK_DATA_BRIDGE\nCite: UK GDPR Art. 44-49; DPA 2018 Sch. 21 para 5"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "UK GDPR Art. 44-49; DPA 2018 Sch. 21 para 5", "policyFile": "<lib>/laws/uk_gdpr.rpl", "policyLine": 78}
            },
            {
              "id": "ch_fadp_transfer",
              "name": "ch_fadp_transfer",
              "shortDescription": {"text": "Personal data leaving Switzerland needs a FADP basis"},
              "fullDescription": {"text": "Personal data from Switzerland goes to a state not on the Federal Council's adequacy list and without safeguards"},
              "help": {"text": "Personal data from Switzerland goes to a state not on the Federal Council's adequacy list and without safeguards\nRemedy: Attest SCCs recognised by the FDPIC (EU SCCs with Swiss adaptations) or BCRs; for a US recipient certified under the Swiss-US DPF attest CH_DPF\nCite: FADP Art. 16; DPO Annex 1"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "FADP Art. 16; DPO Annex 1", "policyFile": "<lib>/laws/ch_fadp.rpl", "policyLine": 61}
            },
            {
              "id": "cn_pipl_transfer",
              "name": "cn_pipl_transfer",
              "shortDescription": {"text": "Personal information leaving mainland China needs the mechanism its volume requires"},
              "fullDescription": {"text": "Personal information from mainland China is exported without the mechanism its exporter type, sensitivity and volume require"},
              "help": {"text": "Personal information from mainland China is exported without the mechanism its exporter type, sensitivity and volume require\nRemedy: Above 1,000,000 individuals (non-sensitive), 10,000 (sensitive) or for a CIIO: pass a CAC security assessment; otherwise sign and file the CAC standard contract or obtain certification; or keep the data in China\nCite: PIPL Art. 38; Provisions on Promoting and Regulating Cross-Border Data Flows (2024)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "PIPL Art. 38; Provisions on Promoting and Regulating Cross-Border Data Flows (2024)", "policyFile": "<lib>/laws/cn_pipl.rpl", "policyLine": 68}
            },
            {
              "id": "cn_important_data_transfer",
              "name": "cn_important_data_transfer",
              "shortDescription": {"text": "Important data leaves China only after a security assessment"},
              "fullDescription": {"text": "Data designated as important in China is exported without a CAC security assessment"},
              "help": {"text": "Data designated as important in China is exported without a CAC security assessment\nRemedy: Apply for a CAC security assessment before the export, or keep the data in China\nCite: Security Assessment Measures for Outbound Data Transfers (2022); Provisions on Promoting and Regulating Cross-Border Data Flows (2024)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "Security Assessment Measures for Outbound Data Transfers (2022); Provisions on Promoting and Regulating Cross-Border Data Flows (2024)", "policyFile": "<lib>/laws/cn_pipl.rpl", "policyLine": 84}
            },
            {
              "id": "cn_ciio_localisation",
              "name": "cn_ciio_localisation",
              "shortDescription": {"text": "Critical information infrastructure operators store personal information collected in China in China"},
              "fullDescription": {"text": "A critical information infrastructure operator keeps personal information of Chinese origin outside mainland China"},
              "help": {"text": "A critical information infrastructure operator keeps personal information of Chinese origin outside mainland China\nRemedy: Keep the primary, replicas and backups in mainland China; export copies only after a CAC security assessment\nCite: PIPL Art. 40"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "PIPL Art. 40", "policyFile": "<lib>/laws/cn_pipl.rpl", "policyLine": 94}
            },
            {
              "id": "ru_localisation",
              "name": "ru_localisation",
              "shortDescription": {"text": "Russian citizens' personal data has its primary database in Russia"},
              "fullDescription": {"text": "Personal data of Russian citizens is collected into a database outside Russia"},
              "help": {"text": "Personal data of Russian citizens is collected into a database outside Russia\nRemedy: Put the primary database in Russia; copies abroad need a Roskomnadzor notification\nCite: Federal Law 152-FZ Art. 18(5), as amended by 242-FZ and 23-FZ"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "Federal Law 152-FZ Art. 18(5), as amended by 242-FZ and 23-FZ", "policyFile": "<lib>/laws/ru_242fz.rpl", "policyLine": 49}
            },
            {
              "id": "ru_transfer",
              "name": "ru_transfer",
              "shortDescription": {"text": "Personal data leaving Russia is notified to Roskomnadzor first"},
              "fullDescription": {"text": "Personal data of Russian origin is transferred abroad without a prior Roskomnadzor notification"},
              "help": {"text": "Personal data of Russian origin is transferred abroad without a prior Roskomnadzor notification\nRemedy: Notify Roskomnadzor and assess the recipient before the transfer; during the 10-working-day review send nothing to non-adequate countries\nCite: Federal Law 152-FZ as amended by 266-FZ; Government Decrees No. 6 and No. 24 (2023)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "Federal Law 152-FZ as amended by 266-FZ; Government Decrees No. 6 and No. 24 (2023)", "policyFile": "<lib>/laws/ru_242fz.rpl", "policyLine": 60}
            },
            {
              "id": "in_dpdp_transfer",
              "name": "in_dpdp_transfer",
              "shortDescription": {"text": "Personal data from India does not go to a country the Central Government has restricted"},
              "fullDescription": {"text": "Personal data from India goes to a country notified as restricted under s.16(1)"},
              "help": {"text": "Personal data from India goes to a country notified as restricted under s.16(1)\nRemedy: Do not transfer personal data to that country; keep it in India or send it to a country that is not notified\nCite: Digital Personal Data Protection Act 2023, s.16(1)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "Digital Personal Data Protection Act 2023, s.16(1)", "policyFile": "<lib>/laws/in_dpdp.rpl", "policyLine": 33}
            },
            {
              "id": "br_lgpd_transfer",
              "name": "br_lgpd_transfer",
              "shortDescription": {"text": "Personal data leaving Brazil needs an LGPD transfer mechanism"},
              "fullDescription": {"text": "Personal data from Brazil goes to a country without an ANPD adequacy decision and without an ANPD transfer mechanism"},
              "help": {"text": "Personal data from Brazil goes to a country without an ANPD adequacy decision and without an ANPD transfer mechanism\nRemedy: Incorporate the ANPD standard contractual clauses unchanged (or use ANPD-approved specific clauses or global corporate rules), or keep the data in Brazil or the EU\nCite: LGPD Art. 33; Resolution CD/ANPD No. 19/2024"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "LGPD Art. 33; Resolution CD/ANPD No. 19/2024", "policyFile": "<lib>/laws/br_lgpd.rpl", "policyLine": 47}
            },
            {
              "id": "ts_encrypted_at_rest",
              "name": "ts_encrypted_at_rest",
              "shortDescription": {"text": "Trade secrets are encrypted at rest with the key kept where the data is"},
              "fullDescription": {"text": "Trade-secret or export-controlled data is stored without encryption at rest, or its key is held outside the data's locations"},
              "help": {"text": "Trade-secret or export-controlled data is stored without encryption at rest, or its key is held outside the data's locations\nRemedy: Enable encryption at rest with a customer-managed key held in a key store in the same country as the data (key at PLACE)\nCite: Trade-secret reasonable steps: Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "Trade-secret reasonable steps: Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)", "policyFile": "<lib>/trade_secrets.rpl", "policyLine": 54}
            },
            {
              "id": "ts_encrypted_in_transit",
              "name": "ts_encrypted_in_transit",
              "shortDescription": {"text": "Trade secrets travel encrypted"},
              "fullDescription": {"text": "Trade-secret or export-controlled data is transferred (or replicated) without encryption in transit"},
              "help": {"text": "Trade-secret or export-controlled data is transferred (or replicated) without encryption in transit\nRemedy: Encrypt the transfer end to end (TLS or an encrypted replication channel), keys held by the data owner\nCite: Trade-secret reasonable steps: Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "Trade-secret reasonable steps: Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)", "policyFile": "<lib>/trade_secrets.rpl", "policyLine": 65}
            },
            {
              "id": "ts_export_embargo_store",
              "name": "ts_export_embargo_store",
              "shortDescription": {"text": "Export-controlled data is not stored in, or operated from, an embargoed country"},
              "fullDescription": {"text": "Export-controlled technical data is stored in, or by an operator in, an embargoed country; encryption does not help there"},
              "help": {"text": "Export-controlled technical data is stored in, or by an operator in, an embargoed country; encryption does not help there\nRemedy: Move every copy (primary, replicas, backups) to a non-embargoed country under a non-embargoed operator\nCite: ITAR 22 CFR §120.54 (§126.1 countries, Russia); EAR 15 CFR §734.18(a)(5) (Country Group D:5, Russia)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "ITAR 22 CFR §120.54 (§126.1 countries, Russia); EAR 15 CFR §734.18(a)(5) (Country Group D:5, Russia)", "policyFile": "<lib>/trade_secrets.rpl", "policyLine": 75}
            },
            {
              "id": "ts_export_embargo_transfer",
              "name": "ts_export_embargo_transfer",
              "shortDescription": {"text": "Export-controlled data is not sent to an embargoed country"},
              "fullDescription": {"text": "Export-controlled technical data is sent to an embargoed country; encryption does not make this 'not an export'"},
              "help": {"text": "Export-controlled technical data is sent to an embargoed country; encryption does not make this 'not an export'\nRemedy: Do not send it; obtain the export authorisation first, if one can be granted at all\nCite: ITAR 22 CFR §120.54 (§126.1 countries, Russia); EAR 15 CFR §734.18(a)(5) (Country Group D:5, Russia)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "ITAR 22 CFR §120.54 (§126.1 countries, Russia); EAR 15 CFR §734.18(a)(5) (Country Group D:5, Russia)", "policyFile": "<lib>/trade_secrets.rpl", "policyLine": 85}
            },
            {
              "id": "us_dsp_prohibited",
              "name": "us_dsp_prohibited",
              "shortDescription": {"text": "Bulk human genomic data of US persons does not reach a country of concern"},
              "fullDescription": {"text": "Human genomic data of more than 100 US persons (or an unstated number) goes to a country of concern: a prohibited transaction"},
              "help": {"text": "Human genomic data of more than 100 US persons (or an unstated number) goes to a country of concern: a prohibited transaction\nRemedy: Keep the data away from countries of concern and covered persons, reduce the set to 100 persons or fewer, or obtain a DOJ licence and record it as a waiver\nCite: 28 CFR 202.303 (bulk human 'omic data), 202.205(a)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.303 (bulk human 'omic data), 202.205(a)", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 128}
            },
            {
              "id": "us_dsp_prohibited_store",
              "name": "us_dsp_prohibited_store",
              "shortDescription": {"text": "Bulk human genomic data of US persons is not stored in a country of concern"},
              "fullDescription": {"text": "Human genomic data of more than 100 US persons (or an unstated number) is stored in a country of concern: a prohibited transaction"},
              "help": {"text": "Human genomic data of more than 100 US persons (or an unstated number) is stored in a country of concern: a prohibited transaction\nRemedy: Move the store out of the countries of concern, or obtain a DOJ licence and record it as a waiver\nCite: 28 CFR 202.303 (bulk human 'omic data), 202.205(a)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.303 (bulk human 'omic data), 202.205(a)", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 140}
            },
            {
              "id": "us_dsp_brokerage_identifiers",
              "name": "us_dsp_brokerage_identifiers",
              "shortDescription": {"text": "Data brokerage of bulk US personal data to a country of concern is prohibited"},
              "fullDescription": {"text": "Personal data of more than 100,000 US persons (or an unstated number) is sold or licensed to a country of concern: a prohibited transaction"},
              "help": {"text": "Personal data of more than 100,000 US persons (or an unstated number) is sold or licensed to a country of concern: a prohibited transaction\nRemedy: Stop the sale or licence to countries of concern and covered persons, or obtain a DOJ licence and record it as a waiver\nCite: 28 CFR 202.301 (data brokerage), 202.205(f)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.301 (data brokerage), 202.205(f)", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 153}
            },
            {
              "id": "us_dsp_brokerage",
              "name": "us_dsp_brokerage",
              "shortDescription": {"text": "Data brokerage of bulk US health or financial data to a country of concern is prohibited"},
              "fullDescription": {"text": "Health or financial data of more than 10,000 US persons (or an unstated number) is sold or licensed to a country of concern: a prohibited transaction"},
              "help": {"text": "Health or financial data of more than 10,000 US persons (or an unstated number) is sold or licensed to a country of concern: a prohibited transaction\nRemedy: Stop the sale or licence to countries of concern and covered persons, or obtain a DOJ licence and record it as a waiver\nCite: 28 CFR 202.301 (data brokerage), 202.205(d)-(e)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.301 (data brokerage), 202.205(d)-(e)", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 166}
            },
            {
              "id": "us_dsp_brokerage_biometric",
              "name": "us_dsp_brokerage_biometric",
              "shortDescription": {"text": "Data brokerage of bulk US biometric or precise geolocation data to a country of concern is prohibited"},
              "fullDescription": {"text": "Biometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) are sold or licensed to a country of concern: a prohibited transaction"},
              "help": {"text": "Biometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) are sold or licensed to a country of concern: a prohibited transaction\nRemedy: Stop the sale or licence to countries of concern and covered persons, or obtain a DOJ licence and record it as a waiver\nCite: 28 CFR 202.301 (data brokerage), 202.205(b)-(c)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.301 (data brokerage), 202.205(b)-(c)", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 179}
            },
            {
              "id": "us_dsp_brokerage_gov",
              "name": "us_dsp_brokerage_gov",
              "shortDescription": {"text": "Data brokerage of US government-related data to a country of concern is prohibited at any volume"},
              "fullDescription": {"text": "US government-related data is sold or licensed to a country of concern: a prohibited transaction at any volume"},
              "help": {"text": "US government-related data is sold or licensed to a country of concern: a prohibited transaction at any volume\nRemedy: Stop the sale or licence to countries of concern and covered persons, or obtain a DOJ licence and record it as a waiver\nCite: 28 CFR 202.301 (data brokerage), 202.222 (government-related data)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.301 (data brokerage), 202.222 (government-related data)", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 192}
            },
            {
              "id": "us_dsp_restricted_identifiers",
              "name": "us_dsp_restricted_identifiers",
              "shortDescription": {"text": "Bulk US personal data reaching a country of concern needs the CISA security requirements"},
              "fullDescription": {"text": "Personal data of more than 100,000 US persons (or an unstated number) reaches a country of concern without the CISA security requirements"},
              "help": {"text": "Personal data of more than 100,000 US persons (or an unstated number) reaches a country of concern without the CISA security requirements\nRemedy: Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS\nCite: 28 CFR 202.401 (restricted transactions), 202.205(f), 202.248"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.401 (restricted transactions), 202.205(f), 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 206}
            },
            {
              "id": "us_dsp_restricted",
              "name": "us_dsp_restricted",
              "shortDescription": {"text": "Bulk US health or financial data reaching a country of concern needs the CISA security requirements"},
              "fullDescription": {"text": "Health or financial data of more than 10,000 US persons (or an unstated number) reaches a country of concern without the CISA security requirements"},
              "help": {"text": "Health or financial data of more than 10,000 US persons (or an unstated number) reaches a country of concern without the CISA security requirements\nRemedy: Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS\nCite: 28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 219}
            },
            {
              "id": "us_dsp_restricted_biometric",
              "name": "us_dsp_restricted_biometric",
              "shortDescription": {"text": "Bulk US biometric or precise geolocation data reaching a country of concern needs the CISA security requirements"},
              "fullDescription": {"text": "Biometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) reach a country of concern without the CISA security requirements"},
              "help": {"text": "Biometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) reach a country of concern without the CISA security requirements\nRemedy: Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS\nCite: 28 CFR 202.401 (restricted transactions), 202.205(b)-(c), 202.248"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.401 (restricted transactions), 202.205(b)-(c), 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 232}
            },
            {
              "id": "us_dsp_restricted_gov",
              "name": "us_dsp_restricted_gov",
              "shortDescription": {"text": "US government-related data reaching a country of concern needs the CISA security requirements at any volume"},
              "fullDescription": {"text": "US government-related data reaches a country of concern without the CISA security requirements"},
              "help": {"text": "US government-related data reaches a country of concern without the CISA security requirements\nRemedy: Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS\nCite: 28 CFR 202.401 (restricted transactions), 202.222, 202.248"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.401 (restricted transactions), 202.222, 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 245}
            },
            {
              "id": "us_dsp_restricted_identifiers_store",
              "name": "us_dsp_restricted_identifiers_store",
              "shortDescription": {"text": "Bulk US personal data stored in a country of concern needs the CISA security requirements"},
              "fullDescription": {"text": "Personal data of more than 100,000 US persons (or an unstated number) is stored in a country of concern without the CISA security requirements"},
              "help": {"text": "Personal data of more than 100,000 US persons (or an unstated number) is stored in a country of concern without the CISA security requirements\nRemedy: Move the store out of the countries of concern, or meet the CISA security requirements for restricted transactions and set `attr us_dsp_security_requirements` on the store\nCite: 28 CFR 202.401 (restricted transactions), 202.205(f), 202.248"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.401 (restricted transactions), 202.205(f), 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 257}
            },
            {
              "id": "us_dsp_restricted_store",
              "name": "us_dsp_restricted_store",
              "shortDescription": {"text": "Bulk US health or financial data stored in a country of concern needs the CISA security requirements"},
              "fullDescription": {"text": "Health or financial data of more than 10,000 US persons (or an unstated number) is stored in a country of concern without the CISA security requirements"},
              "help": {"text": "Health or financial data of more than 10,000 US persons (or an unstated number) is stored in a country of concern without the CISA security requirements\nRemedy: Move the store out of the countries of concern, or meet the CISA security requirements for restricted transactions and set `attr us_dsp_security_requirements` on the store\nCite: 28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 270}
            },
            {
              "id": "us_dsp_restricted_biometric_store",
              "name": "us_dsp_restricted_biometric_store",
              "shortDescription": {"text": "Bulk US biometric or precise geolocation data stored in a country of concern needs the CISA security requirements"},
              "fullDescription": {"text": "Biometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) are stored in a country of concern without the CISA security requirements"},
              "help": {"text": "Biometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) are stored in a country of concern without the CISA security requirements\nRemedy: Move the store out of the countries of concern, or meet the CISA security requirements for restricted transactions and set `attr us_dsp_security_requirements` on the store\nCite: 28 CFR 202.401 (restricted transactions), 202.205(b)-(c), 202.248"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.401 (restricted transactions), 202.205(b)-(c), 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 283}
            },
            {
              "id": "us_dsp_restricted_gov_store",
              "name": "us_dsp_restricted_gov_store",
              "shortDescription": {"text": "US government-related data stored in a country of concern needs the CISA security requirements at any volume"},
              "fullDescription": {"text": "US government-related data is stored in a country of concern without the CISA security requirements"},
              "help": {"text": "US government-related data is stored in a country of concern without the CISA security requirements\nRemedy: Move the store out of the countries of concern, or meet the CISA security requirements for restricted transactions and set `attr us_dsp_security_requirements` on the store\nCite: 28 CFR 202.401 (restricted transactions), 202.222, 202.248"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "28 CFR 202.401 (restricted transactions), 202.222, 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 296}
            },
            {
              "id": "us_fl_ehr_localisation",
              "name": "us_fl_ehr_localisation",
              "shortDescription": {"text": "Florida patient records stay in the continental US, a US territory or Canada"},
              "fullDescription": {"text": "Patient information of a Florida provider using certified EHR technology is stored outside the continental US, its territories and Canada"},
              "help": {"text": "Patient information of a Florida provider using certified EHR technology is stored outside the continental US, its territories and Canada\nRemedy: Keep the primary, every replica and every backup in the US, a US territory or Canada, with the cloud provider's storage pinned there\nCite: Fla. Stat. §408.051(3) (SB 264, 2023)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "Fla. Stat. §408.051(3) (SB 264, 2023)", "policyFile": "<lib>/laws/us_health.rpl", "policyLine": 64}
            },
            {
              "id": "us_tx_ehr_localisation",
              "name": "us_tx_ehr_localisation",
              "shortDescription": {"text": "Texas patients' electronic health records stay in the US or a US territory"},
              "fullDescription": {"text": "Electronic health records of Texas patients are physically maintained outside the United States and its territories"},
              "help": {"text": "Electronic health records of Texas patients are physically maintained outside the United States and its territories\nRemedy: Keep the primary, every replica and every backup in the US or a US territory (Canada does not count for Texas)\nCite: Tex. Health & Safety Code §183.002(a) (SB 1188, 2025)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "Tex. Health & Safety Code §183.002(a) (SB 1188, 2025)", "policyFile": "<lib>/laws/us_health.rpl", "policyLine": 74}
            },
            {
              "id": "jp_appi_transfer",
              "name": "jp_appi_transfer",
              "shortDescription": {"text": "Personal data leaving Japan needs consent, an equivalent recipient or a designated country"},
              "fullDescription": {"text": "Personal data of Japanese origin goes to a third party in a foreign country that is not designated, without consent or equivalent measures"},
              "help": {"text": "Personal data of Japanese origin goes to a third party in a foreign country that is not designated, without consent or equivalent measures\nRemedy: Obtain the person's prior consent with the required information, or bind the recipient to APPI-equivalent measures by contract or group rules; or keep the data in Japan or the EEA\nCite: APPI Art. 28 (Art. 24 before 2022-04-01)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "APPI Art. 28 (Art. 24 before 2022-04-01)", "policyFile": "<lib>/laws/jp_appi.rpl", "policyLine": 58}
            },
            {
              "id": "kr_pipa_transfer",
              "name": "kr_pipa_transfer",
              "shortDescription": {"text": "Personal information leaving Korea needs consent, a contract basis, certification or a recognised country"},
              "fullDescription": {"text": "Personal information of Korean origin is transferred abroad without separate consent, a disclosed contract basis, PIPC certification or a recognised destination"},
              "help": {"text": "Personal information of Korean origin is transferred abroad without separate consent, a disclosed contract basis, PIPC certification or a recognised destination\nRemedy: Obtain separate consent, rely on a contract with the data subject and disclose the transfer, use a PIPC-certified recipient, or keep the data in Korea or the EEA\nCite: PIPA Art. 28-8 (as amended, in force 2023-09-15)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "PIPA Art. 28-8 (as amended, in force 2023-09-15)", "policyFile": "<lib>/laws/kr_pipa.rpl", "policyLine": 56}
            },
            {
              "id": "tr_kvkk_transfer",
              "name": "tr_kvkk_transfer",
              "shortDescription": {"text": "Personal data leaving Türkiye needs adequacy, an appropriate safeguard or an incidental-transfer exception"},
              "fullDescription": {"text": "Personal data of Turkish origin goes abroad without an adequacy decision, a notified standard contract, BCRs, an approved undertaking or an incidental-transfer exception"},
              "help": {"text": "Personal data of Turkish origin goes abroad without an adequacy decision, a notified standard contract, BCRs, an approved undertaking or an incidental-transfer exception\nRemedy: Sign the Board's standard contract unchanged and notify it to the Authority within five business days, or use approved BCRs or an approved undertaking; keep consent-based transfers incidental\nCite: KVKK (Law No. 6698) Art. 9, as amended by Law No. 7499"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "KVKK (Law No. 6698) Art. 9, as amended by Law No. 7499", "policyFile": "<lib>/laws/tr_kvkk.rpl", "policyLine": 66}
            },
            {
              "id": "qc_law25_transfer",
              "name": "qc_law25_transfer",
              "shortDescription": {"text": "Québec personal information leaving Canada needs a privacy impact assessment and a written agreement"},
              "fullDescription": {"text": "Personal information collected in Québec is communicated outside Québec without a privacy impact assessment and a written agreement"},
              "help": {"text": "Personal information collected in Québec is communicated outside Québec without a privacy impact assessment and a written agreement\nRemedy: Conduct a privacy impact assessment (sensitivity, purposes, protection measures, the destination's legal framework); communicate only if protection is adequate, under a written agreement\nCite: CQLR c. P-39.1, s.17, as amended by Law 25 (2021, c. 25)"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "CQLR c. P-39.1, s.17, as amended by Law 25 (2021, c. 25)", "policyFile": "<lib>/laws/ca_qc.rpl", "policyLine": 49}
            },
            {
              "id": "in_rbi_payment_localisation",
              "name": "in_rbi_payment_localisation",
              "shortDescription": {"text": "Indian payment system data is stored only in India"},
              "fullDescription": {"text": "Payment system data subject to the RBI storage directive is stored outside India"},
              "help": {"text": "Payment system data subject to the RBI storage directive is stored outside India\nRemedy: Keep the primary, every replica and every backup in India; process abroad only transiently, deleting the data there within one business day or 24 hours\nCite: RBI circular on Storage of Payment System Data of 2018-04-06 (Payment and Settlement Systems Act 2007); RBI FAQ of 2019-06-26"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "RBI circular on Storage of Payment System Data of 2018-04-06 (Payment and Settlement Systems Act 2007); RBI FAQ of 2019-06-26", "policyFile": "<lib>/laws/in_sectoral.rpl", "policyLine": 44}
            },
            {
              "id": "ae_health_localisation",
              "name": "ae_health_localisation",
              "shortDescription": {"text": "UAE health data is stored and processed in the UAE"},
              "fullDescription": {"text": "Health data of services provided in the UAE has a copy outside the UAE without a Resolution 51/2021 exception"},
              "help": {"text": "Health data of services provided in the UAE has a copy outside the UAE without a Resolution 51/2021 exception\nRemedy: Keep the primary, every replica and every backup in the UAE, or document the Resolution 51/2021 exception that applies and meet its conditions (attr ae_health_exception)\nCite: Federal Law No. 2 of 2019 (ICT in health fields) Art. 13"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "Federal Law No. 2 of 2019 (ICT in health fields) Art. 13", "policyFile": "<lib>/laws/ae_health.rpl", "policyLine": 57}
            },
            {
              "id": "ae_health_transfer",
              "name": "ae_health_transfer",
              "shortDescription": {"text": "UAE health data leaves the UAE only under a Resolution 51/2021 exception"},
              "fullDescription": {"text": "Health data of services provided in the UAE is transferred or processed outside the UAE without a Resolution 51/2021 exception"},
              "help": {"text": "Health data of services provided in the UAE is transferred or processed outside the UAE without a Resolution 51/2021 exception\nRemedy: Process the data in the UAE, or document the Resolution 51/2021 exception that applies, meet its conditions and attest AE_HEALTH_EXCEPTION\nCite: Federal Law No. 2 of 2019 (ICT in health fields) Art. 13; Ministerial Resolution No. 51 of 2021"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"cite": "Federal Law No. 2 of 2019 (ICT in health fields) Art. 13; Ministerial Resolution No. 51 of 2021", "policyFile": "<lib>/laws/ae_health.rpl", "policyLine": 68}
            }
          ]
        }
      },
      "results": [
        {
          "ruleId": "eu_gdpr_transfer",
          "ruleIndex": 3,
          "level": "error",
          "message": {"text": "Personal data from the EEA goes to a country without an EU adequacy decision and without a Chapter V safeguard (crm-db (backup aws:us-east-1))"},
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {"uri": "examples/plan.yaml"},
                "region": {"startLine": 8, "startColumn": 15}
              }
            }
          ],
          "partialFingerprints": {"residencyFinding/v1": "examples/plan.yaml:eu_gdpr_transfer:crm-db (backup aws:us-east-1)"},
          "properties": {
            "fact": "crm-db (backup aws:us-east-1)",
            "kind": "transfer",
            "classes": ["customer_record"],
            "pairs": ["DE→US"],
            "failed": [
              "mechanism in { EU_SCC, EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT, EU_DEROGATION } or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)"
            ]
          }
        },
        {
          "ruleId": "acme_personal_at_rest",
          "ruleIndex": 2,
          "level": "warning",
          "message": {"text": "A store of personal data is not encrypted at rest (support-tickets)"},
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {"uri": "examples/plan.yaml"},
                "region": {"startLine": 23, "startColumn": 5}
              }
            }
          ],
          "partialFingerprints": {"residencyFinding/v1": "examples/plan.yaml:acme_personal_at_rest:support-tickets"},
          "suppressions": [
            {"kind": "external", "status": "accepted", "justification": "Legacy ticketing system, migration tracked in SEC-311 (expires 2027-03-31, approved by security@acme.example)"}
          ],
          "properties": {
            "fact": "support-tickets",
            "kind": "store",
            "classes": ["personal"],
            "failed": [
              "encrypted at_rest"
            ]
          }
        },
        {
          "ruleId": "eu_gdpr_transfer",
          "ruleIndex": 3,
          "level": "error",
          "message": {"text": "Personal data from the EEA goes to a country without an EU adequacy decision and without a Chapter V safeguard (analytics-to-india)"},
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {"uri": "examples/plan.yaml"},
                "region": {"startLine": 33, "startColumn": 5}
              }
            }
          ],
          "partialFingerprints": {"residencyFinding/v1": "examples/plan.yaml:eu_gdpr_transfer:analytics-to-india"},
          "properties": {
            "fact": "analytics-to-india",
            "kind": "transfer",
            "classes": ["personal"],
            "pairs": ["US→IN"],
            "failed": [
              "mechanism in { EU_SCC, EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT, EU_DEROGATION } or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)"
            ]
          }
        },
        {
          "ruleId": "acme_trade_secret_high_risk",
          "ruleIndex": 1,
          "level": "error",
          "message": {"text": "Trade secrets are sent to a country on Acme's high-risk list (pricing-to-shanghai)"},
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {"uri": "examples/plan.yaml"},
                "region": {"startLine": 38, "startColumn": 5}
              }
            }
          ],
          "partialFingerprints": {"residencyFinding/v1": "examples/plan.yaml:acme_trade_secret_high_risk:pricing-to-shanghai"},
          "properties": {
            "fact": "pricing-to-shanghai",
            "kind": "transfer",
            "classes": ["pricing_model"],
            "pairs": ["DE→CN"],
            "failed": [
              "false"
            ]
          }
        }
      ]
    }
  ]
}
--- stderr
--- exit 1
