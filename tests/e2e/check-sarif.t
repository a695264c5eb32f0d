$ residency check --as-of 2026-11-28 -p examples/acme.rpl -f sarif examples/plan.yaml
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
              "help": {"text": "The primary copy of customer records is outside the EEA, Switzerland and the UK\nRemedy: Move the primary database to an EEA, Swiss or UK region\nCite: Acme data policy, section 2.1", "markdown": "**Customer records have their primary copy at home**\n\nThe primary copy of customer records is outside the EEA, Switzerland and the UK\n\n**Remedy:** Move the primary database to an EEA, Swiss or UK region\n\n**Cite:** Acme data policy, section 2.1"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "acme"], "cite": "Acme data policy, section 2.1", "policyFile": "examples/acme.rpl", "policyLine": 20}
            },
            {
              "id": "acme_trade_secret_high_risk",
              "name": "acme_trade_secret_high_risk",
              "shortDescription": {"text": "Trade secrets never go to high-risk countries"},
              "fullDescription": {"text": "Trade secrets are sent to a country on Acme's high-risk list"},
              "help": {"text": "Trade secrets are sent to a country on Acme's high-risk list\nRemedy: Keep the data out of these countries; ask the security office for an exception\nCite: Acme trade-secret programme, section 4", "markdown": "**Trade secrets never go to high-risk countries**\n\nTrade secrets are sent to a country on Acme's high-risk list\n\n**Remedy:** Keep the data out of these countries; ask the security office for an exception\n\n**Cite:** Acme trade-secret programme, section 4"},
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "acme"], "cite": "Acme trade-secret programme, section 4", "policyFile": "examples/acme.rpl", "policyLine": 28}
            },
            {
              "id": "acme_personal_at_rest",
              "name": "acme_personal_at_rest",
              "shortDescription": {"text": "Personal data is encrypted at rest"},
              "fullDescription": {"text": "A store of personal data is not encrypted at rest"},
              "help": {"text": "A store of personal data is not encrypted at rest\nRemedy: Turn on storage encryption (SSE-KMS, CMEK or Azure SSE with customer keys)\nCite: Acme security baseline, control SB-7", "markdown": "**Personal data is encrypted at rest**\n\nA store of personal data is not encrypted at rest\n\n**Remedy:** Turn on storage encryption (SSE-KMS, CMEK or Azure SSE with customer keys)\n\n**Cite:** Acme security baseline, control SB-7"},
              "defaultConfiguration": {"level": "warning"},
              "properties": {"security-severity": "5.0", "tags": ["data-residency", "acme"], "cite": "Acme security baseline, control SB-7", "policyFile": "examples/acme.rpl", "policyLine": 36}
            },
            {
              "id": "eu_gdpr_transfer",
              "name": "eu_gdpr_transfer",
              "shortDescription": {"text": "Personal data leaving the EEA needs a Chapter V basis"},
              "fullDescription": {"text": "Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard"},
              "help": {"text": "Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard\nRemedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country\nCite: GDPR Art. 44-49", "markdown": "**Personal data leaving the EEA needs a Chapter V basis**\n\nPersonal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard\n\n**Remedy:** Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country\n\n**Cite:** GDPR Art. 44-49"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#eu_gdpr_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "eu_gdpr"], "cite": "GDPR Art. 44-49", "policyFile": "<lib>/laws/eu_gdpr.rpl", "policyLine": 179}
            },
            {
              "id": "eu_gdpr_store",
              "name": "eu_gdpr_store",
              "shortDescription": {"text": "Personal data of EEA origin held outside the EEA and adequate countries records its Chapter V basis"},
              "fullDescription": {"text": "Personal data of EEA origin is held outside the EEA and adequate countries, and neither a modelled flow nor the store records a Chapter V basis for its export"},
              "help": {"text": "Personal data of EEA origin is held outside the EEA and adequate countries, and neither a modelled flow nor the store records a Chapter V basis for its export\nRemedy: Model the export as a flow into this store with its mechanism, or record the basis on the store (attr eu_transfer_basis = \"EU_SCC\", or \"EU_DPF\" for a certified US recipient); an Art. 49 derogation cannot cover data kept abroad\nCite: GDPR Art. 44-49; EDPB Guidelines 05/2021", "markdown": "**Personal data of EEA origin held outside the EEA and adequate countries records its Chapter V basis**\n\nPersonal data of EEA origin is held outside the EEA and adequate countries, and neither a modelled flow nor the store records a Chapter V basis for its export\n\n**Remedy:** Model the export as a flow into this store with its mechanism, or record the basis on the store (attr eu_transfer_basis = \"EU_SCC\", or \"EU_DPF\" for a certified US recipient); an Art. 49 derogation cannot cover data kept abroad\n\n**Cite:** GDPR Art. 44-49; EDPB Guidelines 05/2021"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#eu_gdpr_store",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "eu_gdpr"], "cite": "GDPR Art. 44-49; EDPB Guidelines 05/2021", "policyFile": "<lib>/laws/eu_gdpr.rpl", "policyLine": 223}
            },
            {
              "id": "eu_special_category_transfer",
              "name": "eu_special_category_transfer",
              "shortDescription": {"text": "Special categories leaving the EEA for a non-adequate country get supplementary measures (programme)"},
              "fullDescription": {"text": "Special-category personal data goes to a non-adequate country neither pseudonymised, nor encrypted in transit, nor covered by a recorded transfer impact assessment"},
              "help": {"text": "Special-category personal data goes to a non-adequate country neither pseudonymised, nor encrypted in transit, nor covered by a recorded transfer impact assessment\nRemedy: Pseudonymise the data before it leaves (the additional information stays with the exporter), encrypt the transfer end to end with keys held in the EEA or an adequate country, or record the transfer impact assessment (attr tia)\nCite: Programme choice, not a GDPR requirement: EDPB Recommendations 01/2020 (guidance on supplementary measures for Art. 46 transfers)", "markdown": "**Special categories leaving the EEA for a non-adequate country get supplementary measures (programme)**\n\nSpecial-category personal data goes to a non-adequate country neither pseudonymised, nor encrypted in transit, nor covered by a recorded transfer impact assessment\n\n**Remedy:** Pseudonymise the data before it leaves (the additional information stays with the exporter), encrypt the transfer end to end with keys held in the EEA or an adequate country, or record the transfer impact assessment (attr tia)\n\n**Cite:** Programme choice, not a GDPR requirement: EDPB Recommendations 01/2020 (guidance on supplementary measures for Art. 46 transfers)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#eu_special_category_transfer",
              "defaultConfiguration": {"level": "warning"},
              "properties": {"security-severity": "5.0", "tags": ["data-residency", "eu_gdpr"], "cite": "Programme choice, not a GDPR requirement: EDPB Recommendations 01/2020 (guidance on supplementary measures for Art. 46 transfers)", "policyFile": "<lib>/laws/eu_gdpr.rpl", "policyLine": 243}
            },
            {
              "id": "uk_gdpr_transfer",
              "name": "uk_gdpr_transfer",
              "shortDescription": {"text": "Personal data leaving the UK needs a UK transfer basis"},
              "fullDescription": {"text": "Personal data goes from the UK (or, of UK origin, onward) to a country without UK adequacy regulations and without a UK transfer mechanism"},
              "help": {"text": "Personal data goes from the UK (or, of UK origin, onward) to a country without UK adequacy regulations and without a UK transfer mechanism\nRemedy: Attest the UK IDTA or the UK Addendum to the EU SCCs (EU SCCs alone are not valid), UK BCRs, or for a US recipient certified under the UK Extension attest UK_DATA_BRIDGE\nCite: UK GDPR Art. 44-49; DPA 2018 Sch. 21 para 5", "markdown": "**Personal data leaving the UK needs a UK transfer basis**\n\nPersonal data goes from the UK (or, of UK origin, onward) to a country without UK adequacy regulations and without a UK transfer mechanism\n\n**Remedy:** Attest the UK IDTA or the UK Addendum to the EU SCCs (EU SCCs alone are not valid), UK BCRs, or for a US recipient certified under the UK Extension attest UK_DATA_BRIDGE\n\n**Cite:** UK GDPR Art. 44-49; DPA 2018 Sch. 21 para 5"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#uk_gdpr_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "uk_gdpr"], "cite": "UK GDPR Art. 44-49; DPA 2018 Sch. 21 para 5", "policyFile": "<lib>/laws/uk_gdpr.rpl", "policyLine": 105}
            },
            {
              "id": "uk_gdpr_store",
              "name": "uk_gdpr_store",
              "shortDescription": {"text": "Personal data of UK origin held outside the UK and adequate countries records its transfer basis"},
              "fullDescription": {"text": "Personal data of UK origin is held outside the UK and UK-adequate countries, and neither a modelled flow nor the store records a UK transfer basis for its export"},
              "help": {"text": "Personal data of UK origin is held outside the UK and UK-adequate countries, and neither a modelled flow nor the store records a UK transfer basis for its export\nRemedy: Model the export as a flow into this store with its mechanism, or record the basis on the store (attr uk_transfer_basis = \"UK_IDTA\", or \"UK_DATA_BRIDGE\" for a certified US recipient)\nCite: UK GDPR Art. 44-49", "markdown": "**Personal data of UK origin held outside the UK and adequate countries records its transfer basis**\n\nPersonal data of UK origin is held outside the UK and UK-adequate countries, and neither a modelled flow nor the store records a UK transfer basis for its export\n\n**Remedy:** Model the export as a flow into this store with its mechanism, or record the basis on the store (attr uk_transfer_basis = \"UK_IDTA\", or \"UK_DATA_BRIDGE\" for a certified US recipient)\n\n**Cite:** UK GDPR Art. 44-49"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#uk_gdpr_store",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "uk_gdpr"], "cite": "UK GDPR Art. 44-49", "policyFile": "<lib>/laws/uk_gdpr.rpl", "policyLine": 146}
            },
            {
              "id": "ch_fadp_transfer",
              "name": "ch_fadp_transfer",
              "shortDescription": {"text": "Personal data leaving Switzerland needs a FADP basis"},
              "fullDescription": {"text": "Personal data goes from Switzerland (or, of Swiss origin, onward) to a state not on the Federal Council's adequacy list and without safeguards"},
              "help": {"text": "Personal data goes from Switzerland (or, of Swiss origin, onward) to a state not on the Federal Council's adequacy list and without safeguards\nRemedy: Attest SCCs recognised by the FDPIC (EU SCCs with Swiss adaptations), notified contract clauses or BCRs; for a US recipient certified under the Swiss-US DPF attest CH_DPF\nCite: FADP Art. 16-17; DPO Annex 1", "markdown": "**Personal data leaving Switzerland needs a FADP basis**\n\nPersonal data goes from Switzerland (or, of Swiss origin, onward) to a state not on the Federal Council's adequacy list and without safeguards\n\n**Remedy:** Attest SCCs recognised by the FDPIC (EU SCCs with Swiss adaptations), notified contract clauses or BCRs; for a US recipient certified under the Swiss-US DPF attest CH_DPF\n\n**Cite:** FADP Art. 16-17; DPO Annex 1"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ch_fadp_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "ch_fadp"], "cite": "FADP Art. 16-17; DPO Annex 1", "policyFile": "<lib>/laws/ch_fadp.rpl", "policyLine": 86}
            },
            {
              "id": "ch_fadp_store",
              "name": "ch_fadp_store",
              "shortDescription": {"text": "Personal data of Swiss origin held outside Switzerland and Annex 1 states records its safeguard"},
              "fullDescription": {"text": "Personal data of Swiss origin is held outside Switzerland and Annex 1 states, and neither a modelled flow nor the store records a safeguard for its disclosure abroad"},
              "help": {"text": "Personal data of Swiss origin is held outside Switzerland and Annex 1 states, and neither a modelled flow nor the store records a safeguard for its disclosure abroad\nRemedy: Model the disclosure as a flow into this store with its mechanism, or record it on the store (attr ch_transfer_basis = \"CH_SCC\", or \"CH_DPF\" for a certified US recipient)\nCite: FADP Art. 16; DPO Annex 1", "markdown": "**Personal data of Swiss origin held outside Switzerland and Annex 1 states records its safeguard**\n\nPersonal data of Swiss origin is held outside Switzerland and Annex 1 states, and neither a modelled flow nor the store records a safeguard for its disclosure abroad\n\n**Remedy:** Model the disclosure as a flow into this store with its mechanism, or record it on the store (attr ch_transfer_basis = \"CH_SCC\", or \"CH_DPF\" for a certified US recipient)\n\n**Cite:** FADP Art. 16; DPO Annex 1"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ch_fadp_store",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "ch_fadp"], "cite": "FADP Art. 16; DPO Annex 1", "policyFile": "<lib>/laws/ch_fadp.rpl", "policyLine": 125}
            },
            {
              "id": "cn_pipl_transfer",
              "name": "cn_pipl_transfer",
              "shortDescription": {"text": "Personal information leaving mainland China needs the mechanism its volume requires"},
              "fullDescription": {"text": "Personal information from mainland China is exported without the mechanism its exporter type, sensitivity and volume require"},
              "help": {"text": "Personal information from mainland China is exported without the mechanism its exporter type, sensitivity and volume require\nRemedy: 1,000,000 or more individuals (non-sensitive), 10,000 or more (sensitive), a CIIO, or an unstated count: pass a CAC security assessment; otherwise sign and file the CAC standard contract or obtain certification (state `subjects`); or keep the data in China\nCite: PIPL Art. 38; Provisions on Promoting and Regulating Cross-Border Data Flows (2024) Arts. 5, 7, 8", "markdown": "**Personal information leaving mainland China needs the mechanism its volume requires**\n\nPersonal information from mainland China is exported without the mechanism its exporter type, sensitivity and volume require\n\n**Remedy:** 1,000,000 or more individuals (non-sensitive), 10,000 or more (sensitive), a CIIO, or an unstated count: pass a CAC security assessment; otherwise sign and file the CAC standard contract or obtain certification (state `subjects`); or keep the data in China\n\n**Cite:** PIPL Art. 38; Provisions on Promoting and Regulating Cross-Border Data Flows (2024) Arts. 5, 7, 8"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#cn_pipl_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "cn_pipl"], "cite": "PIPL Art. 38; Provisions on Promoting and Regulating Cross-Border Data Flows (2024) Arts. 5, 7, 8", "policyFile": "<lib>/laws/cn_pipl.rpl", "policyLine": 124}
            },
            {
              "id": "cn_pipl_store",
              "name": "cn_pipl_store",
              "shortDescription": {"text": "Personal information of Chinese origin held abroad records the basis of its export"},
              "fullDescription": {"text": "Personal information of Chinese origin is held outside mainland China, and the store records no basis for its export"},
              "help": {"text": "Personal information of Chinese origin is held outside mainland China, and the store records no basis for its export\nRemedy: Model the export as a flow with its mechanism, or record it on the store (attr cn_transfer_basis = \"CN_STANDARD_CONTRACT\", with `subjects`); or keep the data in China\nCite: PIPL Art. 38; Provisions on Promoting and Regulating Cross-Border Data Flows (2024) Arts. 5, 7, 8", "markdown": "**Personal information of Chinese origin held abroad records the basis of its export**\n\nPersonal information of Chinese origin is held outside mainland China, and the store records no basis for its export\n\n**Remedy:** Model the export as a flow with its mechanism, or record it on the store (attr cn_transfer_basis = \"CN_STANDARD_CONTRACT\", with `subjects`); or keep the data in China\n\n**Cite:** PIPL Art. 38; Provisions on Promoting and Regulating Cross-Border Data Flows (2024) Arts. 5, 7, 8"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#cn_pipl_store",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "cn_pipl"], "cite": "PIPL Art. 38; Provisions on Promoting and Regulating Cross-Border Data Flows (2024) Arts. 5, 7, 8", "policyFile": "<lib>/laws/cn_pipl.rpl", "policyLine": 183}
            },
            {
              "id": "cn_important_data_transfer",
              "name": "cn_important_data_transfer",
              "shortDescription": {"text": "Important data leaves China only after a security assessment"},
              "fullDescription": {"text": "Data designated as important in China is exported without a CAC security assessment"},
              "help": {"text": "Data designated as important in China is exported without a CAC security assessment\nRemedy: Apply for a CAC security assessment before the export, or keep the data in China\nCite: Security Assessment Measures for Outbound Data Transfers (2022); Provisions on Promoting and Regulating Cross-Border Data Flows (2024)", "markdown": "**Important data leaves China only after a security assessment**\n\nData designated as important in China is exported without a CAC security assessment\n\n**Remedy:** Apply for a CAC security assessment before the export, or keep the data in China\n\n**Cite:** Security Assessment Measures for Outbound Data Transfers (2022); Provisions on Promoting and Regulating Cross-Border Data Flows (2024)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#cn_important_data_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "cn_pipl"], "cite": "Security Assessment Measures for Outbound Data Transfers (2022); Provisions on Promoting and Regulating Cross-Border Data Flows (2024)", "policyFile": "<lib>/laws/cn_pipl.rpl", "policyLine": 201}
            },
            {
              "id": "cn_ciio_localisation",
              "name": "cn_ciio_localisation",
              "shortDescription": {"text": "Critical information infrastructure operators store personal information and important data collected in China in China"},
              "fullDescription": {"text": "A critical information infrastructure operator keeps personal information or important data of Chinese origin outside mainland China"},
              "help": {"text": "A critical information infrastructure operator keeps personal information or important data of Chinese origin outside mainland China\nRemedy: Keep the primary, replicas and backups in mainland China; export copies only after a CAC security assessment\nCite: Cybersecurity Law Art. 37 (2017); PIPL Art. 40", "markdown": "**Critical information infrastructure operators store personal information and important data collected in China in China**\n\nA critical information infrastructure operator keeps personal information or important data of Chinese origin outside mainland China\n\n**Remedy:** Keep the primary, replicas and backups in mainland China; export copies only after a CAC security assessment\n\n**Cite:** Cybersecurity Law Art. 37 (2017); PIPL Art. 40"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#cn_ciio_localisation",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "cn_pipl"], "cite": "Cybersecurity Law Art. 37 (2017); PIPL Art. 40", "policyFile": "<lib>/laws/cn_pipl.rpl", "policyLine": 211}
            },
            {
              "id": "ru_localisation",
              "name": "ru_localisation",
              "shortDescription": {"text": "Russian citizens' personal data has its primary database in Russia"},
              "fullDescription": {"text": "Personal data of Russian citizens is collected into a database outside Russia"},
              "help": {"text": "Personal data of Russian citizens is collected into a database outside Russia\nRemedy: Put the primary database in Russia; copies abroad need a Roskomnadzor notification\nCite: Federal Law 152-FZ Art. 18(5), as amended by 242-FZ and 23-FZ", "markdown": "**Russian citizens' personal data has its primary database in Russia**\n\nPersonal data of Russian citizens is collected into a database outside Russia\n\n**Remedy:** Put the primary database in Russia; copies abroad need a Roskomnadzor notification\n\n**Cite:** Federal Law 152-FZ Art. 18(5), as amended by 242-FZ and 23-FZ"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ru_localisation",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "ru_242fz"], "cite": "Federal Law 152-FZ Art. 18(5), as amended by 242-FZ and 23-FZ", "policyFile": "<lib>/laws/ru_242fz.rpl", "policyLine": 68}
            },
            {
              "id": "ru_foreign_database",
              "name": "ru_foreign_database",
              "shortDescription": {"text": "Since 2025-07-01 Russian citizens' data has no copy in a foreign database (contested reading)"},
              "fullDescription": {"text": "Personal data of Russian citizens has a replica or backup in a database outside Russia, which the 2025 text of Art. 18(5) may prohibit at collection"},
              "help": {"text": "Personal data of Russian citizens has a replica or backup in a database outside Russia, which the 2025 text of Art. 18(5) may prohibit at collection\nRemedy: Keep replicas and backups in Russia; send later copies abroad only as notified cross-border transfers\nCite: Federal Law 152-FZ Art. 18(5) as rewritten by 23-FZ (in force 2025-07-01); applying it to replicas and backups is a contested reading", "markdown": "**Since 2025-07-01 Russian citizens' data has no copy in a foreign database (contested reading)**\n\nPersonal data of Russian citizens has a replica or backup in a database outside Russia, which the 2025 text of Art. 18(5) may prohibit at collection\n\n**Remedy:** Keep replicas and backups in Russia; send later copies abroad only as notified cross-border transfers\n\n**Cite:** Federal Law 152-FZ Art. 18(5) as rewritten by 23-FZ (in force 2025-07-01); applying it to replicas and backups is a contested reading"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ru_foreign_database",
              "defaultConfiguration": {"level": "warning"},
              "properties": {"security-severity": "5.0", "tags": ["data-residency", "ru_242fz"], "cite": "Federal Law 152-FZ Art. 18(5) as rewritten by 23-FZ (in force 2025-07-01); applying it to replicas and backups is a contested reading", "policyFile": "<lib>/laws/ru_242fz.rpl", "policyLine": 79}
            },
            {
              "id": "ru_transfer",
              "name": "ru_transfer",
              "shortDescription": {"text": "Personal data leaving Russia is notified to Roskomnadzor first"},
              "fullDescription": {"text": "Personal data is transferred from Russia (or, of Russian origin, onward) without a prior Roskomnadzor notification"},
              "help": {"text": "Personal data is transferred from Russia (or, of Russian origin, onward) without a prior Roskomnadzor notification\nRemedy: Notify Roskomnadzor and assess the recipient before the transfer; during the 10-working-day review send nothing to non-adequate countries\nCite: Federal Law 152-FZ as amended by 266-FZ; Government Decrees No. 6 and No. 24 (2023)", "markdown": "**Personal data leaving Russia is notified to Roskomnadzor first**\n\nPersonal data is transferred from Russia (or, of Russian origin, onward) without a prior Roskomnadzor notification\n\n**Remedy:** Notify Roskomnadzor and assess the recipient before the transfer; during the 10-working-day review send nothing to non-adequate countries\n\n**Cite:** Federal Law 152-FZ as amended by 266-FZ; Government Decrees No. 6 and No. 24 (2023)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ru_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "ru_242fz"], "cite": "Federal Law 152-FZ as amended by 266-FZ; Government Decrees No. 6 and No. 24 (2023)", "policyFile": "<lib>/laws/ru_242fz.rpl", "policyLine": 91}
            },
            {
              "id": "ru_transfer_store",
              "name": "ru_transfer_store",
              "shortDescription": {"text": "Personal data of Russian origin held abroad records the notification of its transfer"},
              "fullDescription": {"text": "Personal data of Russian origin is held abroad, and neither a modelled flow nor the store records the Roskomnadzor notification of its transfer"},
              "help": {"text": "Personal data of Russian origin is held abroad, and neither a modelled flow nor the store records the Roskomnadzor notification of its transfer\nRemedy: Model the transfer as a flow into this store with RU_RKN_NOTIFICATION, or record it on the store (attr ru_transfer_basis = \"RU_RKN_NOTIFICATION\")\nCite: Federal Law 152-FZ as amended by 266-FZ", "markdown": "**Personal data of Russian origin held abroad records the notification of its transfer**\n\nPersonal data of Russian origin is held abroad, and neither a modelled flow nor the store records the Roskomnadzor notification of its transfer\n\n**Remedy:** Model the transfer as a flow into this store with RU_RKN_NOTIFICATION, or record it on the store (attr ru_transfer_basis = \"RU_RKN_NOTIFICATION\")\n\n**Cite:** Federal Law 152-FZ as amended by 266-FZ"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ru_transfer_store",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "ru_242fz"], "cite": "Federal Law 152-FZ as amended by 266-FZ", "policyFile": "<lib>/laws/ru_242fz.rpl", "policyLine": 135}
            },
            {
              "id": "in_dpdp_transfer",
              "name": "in_dpdp_transfer",
              "shortDescription": {"text": "Personal data from India does not go to a country the Central Government has restricted"},
              "fullDescription": {"text": "Personal data from India goes to a country notified as restricted under s.16(1)"},
              "help": {"text": "Personal data from India goes to a country notified as restricted under s.16(1)\nRemedy: Do not transfer personal data to that country; keep it in India or send it to a country that is not notified\nCite: Digital Personal Data Protection Act 2023, s.16(1)", "markdown": "**Personal data from India does not go to a country the Central Government has restricted**\n\nPersonal data from India goes to a country notified as restricted under s.16(1)\n\n**Remedy:** Do not transfer personal data to that country; keep it in India or send it to a country that is not notified\n\n**Cite:** Digital Personal Data Protection Act 2023, s.16(1)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#in_dpdp_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "in_dpdp"], "cite": "Digital Personal Data Protection Act 2023, s.16(1)", "policyFile": "<lib>/laws/in_dpdp.rpl", "policyLine": 39}
            },
            {
              "id": "br_lgpd_transfer",
              "name": "br_lgpd_transfer",
              "shortDescription": {"text": "Personal data leaving Brazil needs an LGPD transfer mechanism"},
              "fullDescription": {"text": "Personal data from Brazil goes to a country without an ANPD adequacy decision and without an Art. 33 basis"},
              "help": {"text": "Personal data from Brazil goes to a country without an ANPD adequacy decision and without an Art. 33 basis\nRemedy: Incorporate the ANPD standard contractual clauses unchanged (or use ANPD-approved specific clauses or global corporate rules), rely on specific consent or another Art. 33 basis for an occasional flow, or keep the data in Brazil or the EEA\nCite: LGPD Art. 33; Resolution CD/ANPD No. 19/2024", "markdown": "**Personal data leaving Brazil needs an LGPD transfer mechanism**\n\nPersonal data from Brazil goes to a country without an ANPD adequacy decision and without an Art. 33 basis\n\n**Remedy:** Incorporate the ANPD standard contractual clauses unchanged (or use ANPD-approved specific clauses or global corporate rules), rely on specific consent or another Art. 33 basis for an occasional flow, or keep the data in Brazil or the EEA\n\n**Cite:** LGPD Art. 33; Resolution CD/ANPD No. 19/2024"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#br_lgpd_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "br_lgpd"], "cite": "LGPD Art. 33; Resolution CD/ANPD No. 19/2024", "policyFile": "<lib>/laws/br_lgpd.rpl", "policyLine": 85}
            },
            {
              "id": "br_lgpd_store",
              "name": "br_lgpd_store",
              "shortDescription": {"text": "Personal data of Brazilian origin held abroad records the basis of its transfer"},
              "fullDescription": {"text": "Personal data of Brazilian origin is held outside Brazil and ANPD-adequate countries, and the store records no Art. 33 basis for its transfer"},
              "help": {"text": "Personal data of Brazilian origin is held outside Brazil and ANPD-adequate countries, and the store records no Art. 33 basis for its transfer\nRemedy: Model the transfer as a flow with its mechanism, or record it on the store (attr br_transfer_basis = \"BR_SCC\"); or keep the data in Brazil or the EEA\nCite: LGPD Art. 33", "markdown": "**Personal data of Brazilian origin held abroad records the basis of its transfer**\n\nPersonal data of Brazilian origin is held outside Brazil and ANPD-adequate countries, and the store records no Art. 33 basis for its transfer\n\n**Remedy:** Model the transfer as a flow with its mechanism, or record it on the store (attr br_transfer_basis = \"BR_SCC\"); or keep the data in Brazil or the EEA\n\n**Cite:** LGPD Art. 33"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#br_lgpd_store",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "br_lgpd"], "cite": "LGPD Art. 33", "policyFile": "<lib>/laws/br_lgpd.rpl", "policyLine": 124}
            },
            {
              "id": "ts_encrypted_at_rest",
              "name": "ts_encrypted_at_rest",
              "shortDescription": {"text": "Trade secrets are encrypted at rest with the key kept where the data is"},
              "fullDescription": {"text": "Trade-secret data is stored without encryption at rest, or its key is held outside the data's locations"},
              "help": {"text": "Trade-secret data is stored without encryption at rest, or its key is held outside the data's locations\nRemedy: Enable encryption at rest with a customer-managed key held in a key store in the same country as the data (key at PLACE)\nCite: Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)", "markdown": "**Trade secrets are encrypted at rest with the key kept where the data is**\n\nTrade-secret data is stored without encryption at rest, or its key is held outside the data's locations\n\n**Remedy:** Enable encryption at rest with a customer-managed key held in a key store in the same country as the data (key at PLACE)\n\n**Cite:** Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ts_encrypted_at_rest",
              "defaultConfiguration": {"level": "warning"},
              "properties": {"security-severity": "5.0", "tags": ["data-residency", "trade_secrets"], "cite": "Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)", "policyFile": "<lib>/trade_secrets.rpl", "policyLine": 105}
            },
            {
              "id": "ts_encrypted_in_transit",
              "name": "ts_encrypted_in_transit",
              "shortDescription": {"text": "Trade secrets travel encrypted"},
              "fullDescription": {"text": "Trade-secret or export-controlled data is transferred (or replicated) without encryption in transit"},
              "help": {"text": "Trade-secret or export-controlled data is transferred (or replicated) without encryption in transit\nRemedy: Encrypt the transfer end to end (TLS or an encrypted replication channel), keys held by the data owner\nCite: Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)", "markdown": "**Trade secrets travel encrypted**\n\nTrade-secret or export-controlled data is transferred (or replicated) without encryption in transit\n\n**Remedy:** Encrypt the transfer end to end (TLS or an encrypted replication channel), keys held by the data owner\n\n**Cite:** Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ts_encrypted_in_transit",
              "defaultConfiguration": {"level": "warning"},
              "properties": {"security-severity": "5.0", "tags": ["data-residency", "trade_secrets"], "cite": "Programme choice, not a legal requirement: trade-secret reasonable steps, Directive (EU) 2016/943 Art. 2(1)(c); 18 U.S.C. §1839(3)", "policyFile": "<lib>/trade_secrets.rpl", "policyLine": 116}
            },
            {
              "id": "ts_export_key_home",
              "name": "ts_export_key_home",
              "shortDescription": {"text": "Export-controlled data abroad is encrypted, and its key stays in the exporter's country"},
              "fullDescription": {"text": "Export-controlled technical data is held abroad (or by a foreign operator) without encryption at rest, or its decryption key is not kept in the exporter's country"},
              "help": {"text": "Export-controlled technical data is held abroad (or by a foreign operator) without encryption at rest, or its decryption key is not kept in the exporter's country\nRemedy: Encrypt it end to end (FIPS 140-2/140-3 validated; AES-128 or better) and keep the key with the exporter in the US (key at PLACE in the US), never with the foreign operator; or obtain an export authorisation and record it in a waiver\nCite: ITAR 22 CFR §120.54(a)(5), (b); EAR 15 CFR §734.18(a)(5), (b), §734.19", "markdown": "**Export-controlled data abroad is encrypted, and its key stays in the exporter's country**\n\nExport-controlled technical data is held abroad (or by a foreign operator) without encryption at rest, or its decryption key is not kept in the exporter's country\n\n**Remedy:** Encrypt it end to end (FIPS 140-2/140-3 validated; AES-128 or better) and keep the key with the exporter in the US (key at PLACE in the US), never with the foreign operator; or obtain an export authorisation and record it in a waiver\n\n**Cite:** ITAR 22 CFR §120.54(a)(5), (b); EAR 15 CFR §734.18(a)(5), (b), §734.19"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ts_export_key_home",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "trade_secrets"], "cite": "ITAR 22 CFR §120.54(a)(5), (b); EAR 15 CFR §734.18(a)(5), (b), §734.19", "policyFile": "<lib>/trade_secrets.rpl", "policyLine": 126}
            },
            {
              "id": "ts_export_authorisation",
              "name": "ts_export_authorisation",
              "shortDescription": {"text": "Export-controlled data sent abroad needs an export authorisation unless it stays end-to-end encrypted"},
              "fullDescription": {"text": "Export-controlled technical data leaves the exporter's country neither under an export authorisation nor end-to-end encrypted; encryption in transit alone is not enough when the recipient decrypts it"},
              "help": {"text": "Export-controlled technical data leaves the exporter's country neither under an export authorisation nor end-to-end encrypted; encryption in transit alone is not enough when the recipient decrypts it\nRemedy: Obtain the licence or exemption and attest US_EXPORT_AUTHORIZATION, or send it end-to-end encrypted with the key kept by the exporter (attr e2e_encrypted = true, encrypted in_transit)\nCite: ITAR 22 CFR §120.54(a)(5), (b), §120.50; EAR 15 CFR §734.18(a)(5), (b), §734.19", "markdown": "**Export-controlled data sent abroad needs an export authorisation unless it stays end-to-end encrypted**\n\nExport-controlled technical data leaves the exporter's country neither under an export authorisation nor end-to-end encrypted; encryption in transit alone is not enough when the recipient decrypts it\n\n**Remedy:** Obtain the licence or exemption and attest US_EXPORT_AUTHORIZATION, or send it end-to-end encrypted with the key kept by the exporter (attr e2e_encrypted = true, encrypted in_transit)\n\n**Cite:** ITAR 22 CFR §120.54(a)(5), (b), §120.50; EAR 15 CFR §734.18(a)(5), (b), §734.19"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ts_export_authorisation",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "trade_secrets"], "cite": "ITAR 22 CFR §120.54(a)(5), (b), §120.50; EAR 15 CFR §734.18(a)(5), (b), §734.19", "policyFile": "<lib>/trade_secrets.rpl", "policyLine": 137}
            },
            {
              "id": "ts_export_embargo_store",
              "name": "ts_export_embargo_store",
              "shortDescription": {"text": "Export-controlled data is not stored in, or operated from, an embargoed country"},
              "fullDescription": {"text": "Export-controlled technical data is stored in, or by an operator in, an embargoed country; encryption does not help there"},
              "help": {"text": "Export-controlled technical data is stored in, or by an operator in, an embargoed country; encryption does not help there\nRemedy: Move every copy (primary, replicas, backups) to a non-embargoed country under a non-embargoed operator\nCite: ITAR 22 CFR §120.54(a)(5)(iv), §126.1; EAR 15 CFR §734.18(a)(5)(iv), Country Group D:5", "markdown": "**Export-controlled data is not stored in, or operated from, an embargoed country**\n\nExport-controlled technical data is stored in, or by an operator in, an embargoed country; encryption does not help there\n\n**Remedy:** Move every copy (primary, replicas, backups) to a non-embargoed country under a non-embargoed operator\n\n**Cite:** ITAR 22 CFR §120.54(a)(5)(iv), §126.1; EAR 15 CFR §734.18(a)(5)(iv), Country Group D:5"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ts_export_embargo_store",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "trade_secrets"], "cite": "ITAR 22 CFR §120.54(a)(5)(iv), §126.1; EAR 15 CFR §734.18(a)(5)(iv), Country Group D:5", "policyFile": "<lib>/trade_secrets.rpl", "policyLine": 146}
            },
            {
              "id": "ts_export_embargo_transfer",
              "name": "ts_export_embargo_transfer",
              "shortDescription": {"text": "Export-controlled data is not sent to an embargoed country without an authorisation"},
              "fullDescription": {"text": "Export-controlled technical data is sent to an embargoed country without an export authorisation; encryption does not make this 'not an export'"},
              "help": {"text": "Export-controlled technical data is sent to an embargoed country without an export authorisation; encryption does not make this 'not an export'\nRemedy: Do not send it; obtain the export authorisation first, if one can be granted at all (policy of denial for the §126.1(d)(1) countries)\nCite: ITAR 22 CFR §120.54(a)(5)(iv), §126.1; EAR 15 CFR §734.18(a)(5)(iv), Country Group D:5", "markdown": "**Export-controlled data is not sent to an embargoed country without an authorisation**\n\nExport-controlled technical data is sent to an embargoed country without an export authorisation; encryption does not make this 'not an export'\n\n**Remedy:** Do not send it; obtain the export authorisation first, if one can be granted at all (policy of denial for the §126.1(d)(1) countries)\n\n**Cite:** ITAR 22 CFR §120.54(a)(5)(iv), §126.1; EAR 15 CFR §734.18(a)(5)(iv), Country Group D:5"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ts_export_embargo_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "trade_secrets"], "cite": "ITAR 22 CFR §120.54(a)(5)(iv), §126.1; EAR 15 CFR §734.18(a)(5)(iv), Country Group D:5", "policyFile": "<lib>/trade_secrets.rpl", "policyLine": 156}
            },
            {
              "id": "us_dsp_prohibited",
              "name": "us_dsp_prohibited",
              "shortDescription": {"text": "Bulk human genomic data of US persons does not reach a country of concern"},
              "fullDescription": {"text": "Human genomic data of more than 100 US persons (or an unstated number) goes to a country of concern: a prohibited transaction"},
              "help": {"text": "Human genomic data of more than 100 US persons (or an unstated number) goes to a country of concern: a prohibited transaction\nRemedy: Keep the data away from countries of concern and covered persons, reduce the set to 100 persons or fewer, or obtain a DOJ licence and record it as a waiver\nCite: 28 CFR 202.303 (bulk human 'omic data), 202.205(a)", "markdown": "**Bulk human genomic data of US persons does not reach a country of concern**\n\nHuman genomic data of more than 100 US persons (or an unstated number) goes to a country of concern: a prohibited transaction\n\n**Remedy:** Keep the data away from countries of concern and covered persons, reduce the set to 100 persons or fewer, or obtain a DOJ licence and record it as a waiver\n\n**Cite:** 28 CFR 202.303 (bulk human 'omic data), 202.205(a)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_prohibited",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.303 (bulk human 'omic data), 202.205(a)", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 128}
            },
            {
              "id": "us_dsp_prohibited_store",
              "name": "us_dsp_prohibited_store",
              "shortDescription": {"text": "Bulk human genomic data of US persons is not stored in a country of concern"},
              "fullDescription": {"text": "Human genomic data of more than 100 US persons (or an unstated number) is stored in a country of concern: a prohibited transaction"},
              "help": {"text": "Human genomic data of more than 100 US persons (or an unstated number) is stored in a country of concern: a prohibited transaction\nRemedy: Move the store out of the countries of concern, or obtain a DOJ licence and record it as a waiver\nCite: 28 CFR 202.303 (bulk human 'omic data), 202.205(a)", "markdown": "**Bulk human genomic data of US persons is not stored in a country of concern**\n\nHuman genomic data of more than 100 US persons (or an unstated number) is stored in a country of concern: a prohibited transaction\n\n**Remedy:** Move the store out of the countries of concern, or obtain a DOJ licence and record it as a waiver\n\n**Cite:** 28 CFR 202.303 (bulk human 'omic data), 202.205(a)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_prohibited_store",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.303 (bulk human 'omic data), 202.205(a)", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 140}
            },
            {
              "id": "us_dsp_brokerage_identifiers",
              "name": "us_dsp_brokerage_identifiers",
              "shortDescription": {"text": "Data brokerage of bulk US personal data to a country of concern is prohibited"},
              "fullDescription": {"text": "Personal data of more than 100,000 US persons (or an unstated number) is sold or licensed to a country of concern: a prohibited transaction"},
              "help": {"text": "Personal data of more than 100,000 US persons (or an unstated number) is sold or licensed to a country of concern: a prohibited transaction\nRemedy: Stop the sale or licence to countries of concern and covered persons, or obtain a DOJ licence and record it as a waiver\nCite: 28 CFR 202.301 (data brokerage), 202.205(f)", "markdown": "**Data brokerage of bulk US personal data to a country of concern is prohibited**\n\nPersonal data of more than 100,000 US persons (or an unstated number) is sold or licensed to a country of concern: a prohibited transaction\n\n**Remedy:** Stop the sale or licence to countries of concern and covered persons, or obtain a DOJ licence and record it as a waiver\n\n**Cite:** 28 CFR 202.301 (data brokerage), 202.205(f)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_brokerage_identifiers",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.301 (data brokerage), 202.205(f)", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 153}
            },
            {
              "id": "us_dsp_brokerage",
              "name": "us_dsp_brokerage",
              "shortDescription": {"text": "Data brokerage of bulk US health or financial data to a country of concern is prohibited"},
              "fullDescription": {"text": "Health or financial data of more than 10,000 US persons (or an unstated number) is sold or licensed to a country of concern: a prohibited transaction"},
              "help": {"text": "Health or financial data of more than 10,000 US persons (or an unstated number) is sold or licensed to a country of concern: a prohibited transaction\nRemedy: Stop the sale or licence to countries of concern and covered persons, or obtain a DOJ licence and record it as a waiver\nCite: 28 CFR 202.301 (data brokerage), 202.205(d)-(e)", "markdown": "**Data brokerage of bulk US health or financial data to a country of concern is prohibited**\n\nHealth or financial data of more than 10,000 US persons (or an unstated number) is sold or licensed to a country of concern: a prohibited transaction\n\n**Remedy:** Stop the sale or licence to countries of concern and covered persons, or obtain a DOJ licence and record it as a waiver\n\n**Cite:** 28 CFR 202.301 (data brokerage), 202.205(d)-(e)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_brokerage",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.301 (data brokerage), 202.205(d)-(e)", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 166}
            },
            {
              "id": "us_dsp_brokerage_biometric",
              "name": "us_dsp_brokerage_biometric",
              "shortDescription": {"text": "Data brokerage of bulk US biometric or precise geolocation data to a country of concern is prohibited"},
              "fullDescription": {"text": "Biometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) are sold or licensed to a country of concern: a prohibited transaction"},
              "help": {"text": "Biometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) are sold or licensed to a country of concern: a prohibited transaction\nRemedy: Stop the sale or licence to countries of concern and covered persons, or obtain a DOJ licence and record it as a waiver\nCite: 28 CFR 202.301 (data brokerage), 202.205(b)-(c)", "markdown": "**Data brokerage of bulk US biometric or precise geolocation data to a country of concern is prohibited**\n\nBiometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) are sold or licensed to a country of concern: a prohibited transaction\n\n**Remedy:** Stop the sale or licence to countries of concern and covered persons, or obtain a DOJ licence and record it as a waiver\n\n**Cite:** 28 CFR 202.301 (data brokerage), 202.205(b)-(c)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_brokerage_biometric",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.301 (data brokerage), 202.205(b)-(c)", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 179}
            },
            {
              "id": "us_dsp_brokerage_gov",
              "name": "us_dsp_brokerage_gov",
              "shortDescription": {"text": "Data brokerage of US government-related data to a country of concern is prohibited at any volume"},
              "fullDescription": {"text": "US government-related data is sold or licensed to a country of concern: a prohibited transaction at any volume"},
              "help": {"text": "US government-related data is sold or licensed to a country of concern: a prohibited transaction at any volume\nRemedy: Stop the sale or licence to countries of concern and covered persons, or obtain a DOJ licence and record it as a waiver\nCite: 28 CFR 202.301 (data brokerage), 202.222 (government-related data)", "markdown": "**Data brokerage of US government-related data to a country of concern is prohibited at any volume**\n\nUS government-related data is sold or licensed to a country of concern: a prohibited transaction at any volume\n\n**Remedy:** Stop the sale or licence to countries of concern and covered persons, or obtain a DOJ licence and record it as a waiver\n\n**Cite:** 28 CFR 202.301 (data brokerage), 202.222 (government-related data)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_brokerage_gov",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.301 (data brokerage), 202.222 (government-related data)", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 192}
            },
            {
              "id": "us_dsp_restricted_identifiers",
              "name": "us_dsp_restricted_identifiers",
              "shortDescription": {"text": "Bulk US personal data reaching a country of concern needs the CISA security requirements"},
              "fullDescription": {"text": "Personal data of more than 100,000 US persons (or an unstated number) reaches a country of concern without the CISA security requirements"},
              "help": {"text": "Personal data of more than 100,000 US persons (or an unstated number) reaches a country of concern without the CISA security requirements\nRemedy: Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS\nCite: 28 CFR 202.401 (restricted transactions), 202.205(f), 202.248", "markdown": "**Bulk US personal data reaching a country of concern needs the CISA security requirements**\n\nPersonal data of more than 100,000 US persons (or an unstated number) reaches a country of concern without the CISA security requirements\n\n**Remedy:** Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS\n\n**Cite:** 28 CFR 202.401 (restricted transactions), 202.205(f), 202.248"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_restricted_identifiers",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.401 (restricted transactions), 202.205(f), 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 206}
            },
            {
              "id": "us_dsp_restricted",
              "name": "us_dsp_restricted",
              "shortDescription": {"text": "Bulk US health or financial data reaching a country of concern needs the CISA security requirements"},
              "fullDescription": {"text": "Health or financial data of more than 10,000 US persons (or an unstated number) reaches a country of concern without the CISA security requirements"},
              "help": {"text": "Health or financial data of more than 10,000 US persons (or an unstated number) reaches a country of concern without the CISA security requirements\nRemedy: Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS\nCite: 28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248", "markdown": "**Bulk US health or financial data reaching a country of concern needs the CISA security requirements**\n\nHealth or financial data of more than 10,000 US persons (or an unstated number) reaches a country of concern without the CISA security requirements\n\n**Remedy:** Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS\n\n**Cite:** 28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_restricted",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 219}
            },
            {
              "id": "us_dsp_restricted_biometric",
              "name": "us_dsp_restricted_biometric",
              "shortDescription": {"text": "Bulk US biometric or precise geolocation data reaching a country of concern needs the CISA security requirements"},
              "fullDescription": {"text": "Biometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) reach a country of concern without the CISA security requirements"},
              "help": {"text": "Biometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) reach a country of concern without the CISA security requirements\nRemedy: Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS\nCite: 28 CFR 202.401 (restricted transactions), 202.205(b)-(c), 202.248", "markdown": "**Bulk US biometric or precise geolocation data reaching a country of concern needs the CISA security requirements**\n\nBiometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) reach a country of concern without the CISA security requirements\n\n**Remedy:** Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS\n\n**Cite:** 28 CFR 202.401 (restricted transactions), 202.205(b)-(c), 202.248"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_restricted_biometric",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.401 (restricted transactions), 202.205(b)-(c), 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 232}
            },
            {
              "id": "us_dsp_restricted_gov",
              "name": "us_dsp_restricted_gov",
              "shortDescription": {"text": "US government-related data reaching a country of concern needs the CISA security requirements at any volume"},
              "fullDescription": {"text": "US government-related data reaches a country of concern without the CISA security requirements"},
              "help": {"text": "US government-related data reaches a country of concern without the CISA security requirements\nRemedy: Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS\nCite: 28 CFR 202.401 (restricted transactions), 202.222, 202.248", "markdown": "**US government-related data reaching a country of concern needs the CISA security requirements at any volume**\n\nUS government-related data reaches a country of concern without the CISA security requirements\n\n**Remedy:** Keep the data (and its replicas and backups) out of countries of concern, or meet the CISA security requirements for restricted transactions and attest US_DSP_SECURITY_REQUIREMENTS\n\n**Cite:** 28 CFR 202.401 (restricted transactions), 202.222, 202.248"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_restricted_gov",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.401 (restricted transactions), 202.222, 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 245}
            },
            {
              "id": "us_dsp_restricted_identifiers_store",
              "name": "us_dsp_restricted_identifiers_store",
              "shortDescription": {"text": "Bulk US personal data stored in a country of concern needs the CISA security requirements"},
              "fullDescription": {"text": "Personal data of more than 100,000 US persons (or an unstated number) is stored in a country of concern without the CISA security requirements"},
              "help": {"text": "Personal data of more than 100,000 US persons (or an unstated number) is stored in a country of concern without the CISA security requirements\nRemedy: Move the store out of the countries of concern, or meet the CISA security requirements for restricted transactions and set `attr us_dsp_security_requirements` on the store\nCite: 28 CFR 202.401 (restricted transactions), 202.205(f), 202.248", "markdown": "**Bulk US personal data stored in a country of concern needs the CISA security requirements**\n\nPersonal data of more than 100,000 US persons (or an unstated number) is stored in a country of concern without the CISA security requirements\n\n**Remedy:** Move the store out of the countries of concern, or meet the CISA security requirements for restricted transactions and set `attr us_dsp_security_requirements` on the store\n\n**Cite:** 28 CFR 202.401 (restricted transactions), 202.205(f), 202.248"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_restricted_identifiers_store",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.401 (restricted transactions), 202.205(f), 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 257}
            },
            {
              "id": "us_dsp_restricted_store",
              "name": "us_dsp_restricted_store",
              "shortDescription": {"text": "Bulk US health or financial data stored in a country of concern needs the CISA security requirements"},
              "fullDescription": {"text": "Health or financial data of more than 10,000 US persons (or an unstated number) is stored in a country of concern without the CISA security requirements"},
              "help": {"text": "Health or financial data of more than 10,000 US persons (or an unstated number) is stored in a country of concern without the CISA security requirements\nRemedy: Move the store out of the countries of concern, or meet the CISA security requirements for restricted transactions and set `attr us_dsp_security_requirements` on the store\nCite: 28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248", "markdown": "**Bulk US health or financial data stored in a country of concern needs the CISA security requirements**\n\nHealth or financial data of more than 10,000 US persons (or an unstated number) is stored in a country of concern without the CISA security requirements\n\n**Remedy:** Move the store out of the countries of concern, or meet the CISA security requirements for restricted transactions and set `attr us_dsp_security_requirements` on the store\n\n**Cite:** 28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_restricted_store",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.401 (restricted transactions), 202.205(d)-(e), 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 270}
            },
            {
              "id": "us_dsp_restricted_biometric_store",
              "name": "us_dsp_restricted_biometric_store",
              "shortDescription": {"text": "Bulk US biometric or precise geolocation data stored in a country of concern needs the CISA security requirements"},
              "fullDescription": {"text": "Biometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) are stored in a country of concern without the CISA security requirements"},
              "help": {"text": "Biometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) are stored in a country of concern without the CISA security requirements\nRemedy: Move the store out of the countries of concern, or meet the CISA security requirements for restricted transactions and set `attr us_dsp_security_requirements` on the store\nCite: 28 CFR 202.401 (restricted transactions), 202.205(b)-(c), 202.248", "markdown": "**Bulk US biometric or precise geolocation data stored in a country of concern needs the CISA security requirements**\n\nBiometric identifiers or precise geolocation data of more than 1,000 US persons or devices (or an unstated number) are stored in a country of concern without the CISA security requirements\n\n**Remedy:** Move the store out of the countries of concern, or meet the CISA security requirements for restricted transactions and set `attr us_dsp_security_requirements` on the store\n\n**Cite:** 28 CFR 202.401 (restricted transactions), 202.205(b)-(c), 202.248"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_restricted_biometric_store",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.401 (restricted transactions), 202.205(b)-(c), 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 283}
            },
            {
              "id": "us_dsp_restricted_gov_store",
              "name": "us_dsp_restricted_gov_store",
              "shortDescription": {"text": "US government-related data stored in a country of concern needs the CISA security requirements at any volume"},
              "fullDescription": {"text": "US government-related data is stored in a country of concern without the CISA security requirements"},
              "help": {"text": "US government-related data is stored in a country of concern without the CISA security requirements\nRemedy: Move the store out of the countries of concern, or meet the CISA security requirements for restricted transactions and set `attr us_dsp_security_requirements` on the store\nCite: 28 CFR 202.401 (restricted transactions), 202.222, 202.248", "markdown": "**US government-related data stored in a country of concern needs the CISA security requirements at any volume**\n\nUS government-related data is stored in a country of concern without the CISA security requirements\n\n**Remedy:** Move the store out of the countries of concern, or meet the CISA security requirements for restricted transactions and set `attr us_dsp_security_requirements` on the store\n\n**Cite:** 28 CFR 202.401 (restricted transactions), 202.222, 202.248"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_dsp_restricted_gov_store",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_dsp"], "cite": "28 CFR 202.401 (restricted transactions), 202.222, 202.248", "policyFile": "<lib>/laws/us_dsp.rpl", "policyLine": 296}
            },
            {
              "id": "us_fl_ehr_localisation",
              "name": "us_fl_ehr_localisation",
              "shortDescription": {"text": "Florida patient records stay in the continental US, a US territory or Canada"},
              "fullDescription": {"text": "Patient information of a Florida provider using certified EHR technology is stored outside the continental US, its territories and Canada"},
              "help": {"text": "Patient information of a Florida provider using certified EHR technology is stored outside the continental US, its territories and Canada\nRemedy: Keep the primary, every replica and every backup in the US, a US territory or Canada, with the cloud provider's storage pinned there\nCite: Fla. Stat. §408.051(3) (SB 264, 2023)", "markdown": "**Florida patient records stay in the continental US, a US territory or Canada**\n\nPatient information of a Florida provider using certified EHR technology is stored outside the continental US, its territories and Canada\n\n**Remedy:** Keep the primary, every replica and every backup in the US, a US territory or Canada, with the cloud provider's storage pinned there\n\n**Cite:** Fla. Stat. §408.051(3) (SB 264, 2023)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_fl_ehr_localisation",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_health"], "cite": "Fla. Stat. §408.051(3) (SB 264, 2023)", "policyFile": "<lib>/laws/us_health.rpl", "policyLine": 64}
            },
            {
              "id": "us_tx_ehr_localisation",
              "name": "us_tx_ehr_localisation",
              "shortDescription": {"text": "Texas patients' electronic health records stay in the US or a US territory"},
              "fullDescription": {"text": "Electronic health records of Texas patients are physically maintained outside the United States and its territories"},
              "help": {"text": "Electronic health records of Texas patients are physically maintained outside the United States and its territories\nRemedy: Keep the primary, every replica and every backup in the US or a US territory (Canada does not count for Texas)\nCite: Tex. Health & Safety Code §183.002(a) (SB 1188, 2025)", "markdown": "**Texas patients' electronic health records stay in the US or a US territory**\n\nElectronic health records of Texas patients are physically maintained outside the United States and its territories\n\n**Remedy:** Keep the primary, every replica and every backup in the US or a US territory (Canada does not count for Texas)\n\n**Cite:** Tex. Health & Safety Code §183.002(a) (SB 1188, 2025)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#us_tx_ehr_localisation",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "us_health"], "cite": "Tex. Health & Safety Code §183.002(a) (SB 1188, 2025)", "policyFile": "<lib>/laws/us_health.rpl", "policyLine": 74}
            },
            {
              "id": "jp_appi_transfer",
              "name": "jp_appi_transfer",
              "shortDescription": {"text": "Personal data leaving Japan needs consent, an equivalent recipient or a designated country"},
              "fullDescription": {"text": "Personal data of Japanese origin goes to a third party in a foreign country that is not designated, without consent or equivalent measures"},
              "help": {"text": "Personal data of Japanese origin goes to a third party in a foreign country that is not designated, without consent or equivalent measures\nRemedy: Obtain the person's prior consent with the required information, or bind the recipient to APPI-equivalent measures by contract or group rules; or keep the data in Japan or the EEA\nCite: APPI Art. 28 (Art. 24 before 2022-04-01)", "markdown": "**Personal data leaving Japan needs consent, an equivalent recipient or a designated country**\n\nPersonal data of Japanese origin goes to a third party in a foreign country that is not designated, without consent or equivalent measures\n\n**Remedy:** Obtain the person's prior consent with the required information, or bind the recipient to APPI-equivalent measures by contract or group rules; or keep the data in Japan or the EEA\n\n**Cite:** APPI Art. 28 (Art. 24 before 2022-04-01)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#jp_appi_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "jp_appi"], "cite": "APPI Art. 28 (Art. 24 before 2022-04-01)", "policyFile": "<lib>/laws/jp_appi.rpl", "policyLine": 58}
            },
            {
              "id": "kr_pipa_transfer",
              "name": "kr_pipa_transfer",
              "shortDescription": {"text": "Personal information leaving Korea needs consent, a contract basis, certification or a recognised country"},
              "fullDescription": {"text": "Personal information of Korean origin is transferred abroad without separate consent, a disclosed contract basis, PIPC certification or a recognised destination"},
              "help": {"text": "Personal information of Korean origin is transferred abroad without separate consent, a disclosed contract basis, PIPC certification or a recognised destination\nRemedy: Obtain separate consent, rely on a contract with the data subject and disclose the transfer, use a PIPC-certified recipient, or keep the data in Korea or the EEA\nCite: PIPA Art. 28-8 (as amended, in force 2023-09-15)", "markdown": "**Personal information leaving Korea needs consent, a contract basis, certification or a recognised country**\n\nPersonal information of Korean origin is transferred abroad without separate consent, a disclosed contract basis, PIPC certification or a recognised destination\n\n**Remedy:** Obtain separate consent, rely on a contract with the data subject and disclose the transfer, use a PIPC-certified recipient, or keep the data in Korea or the EEA\n\n**Cite:** PIPA Art. 28-8 (as amended, in force 2023-09-15)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#kr_pipa_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "kr_pipa"], "cite": "PIPA Art. 28-8 (as amended, in force 2023-09-15)", "policyFile": "<lib>/laws/kr_pipa.rpl", "policyLine": 56}
            },
            {
              "id": "tr_kvkk_transfer",
              "name": "tr_kvkk_transfer",
              "shortDescription": {"text": "Personal data leaving Türkiye needs adequacy, an appropriate safeguard or an incidental-transfer exception"},
              "fullDescription": {"text": "Personal data of Turkish origin goes abroad without an adequacy decision, a notified standard contract, BCRs, an approved undertaking or an incidental-transfer exception"},
              "help": {"text": "Personal data of Turkish origin goes abroad without an adequacy decision, a notified standard contract, BCRs, an approved undertaking or an incidental-transfer exception\nRemedy: Sign the Board's standard contract unchanged and notify it to the Authority within five business days, or use approved BCRs or an approved undertaking; keep consent-based transfers incidental\nCite: KVKK (Law No. 6698) Art. 9, as amended by Law No. 7499", "markdown": "**Personal data leaving Türkiye needs adequacy, an appropriate safeguard or an incidental-transfer exception**\n\nPersonal data of Turkish origin goes abroad without an adequacy decision, a notified standard contract, BCRs, an approved undertaking or an incidental-transfer exception\n\n**Remedy:** Sign the Board's standard contract unchanged and notify it to the Authority within five business days, or use approved BCRs or an approved undertaking; keep consent-based transfers incidental\n\n**Cite:** KVKK (Law No. 6698) Art. 9, as amended by Law No. 7499"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#tr_kvkk_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "tr_kvkk"], "cite": "KVKK (Law No. 6698) Art. 9, as amended by Law No. 7499", "policyFile": "<lib>/laws/tr_kvkk.rpl", "policyLine": 66}
            },
            {
              "id": "qc_law25_transfer",
              "name": "qc_law25_transfer",
              "shortDescription": {"text": "Québec personal information leaving Canada needs a privacy impact assessment and a written agreement"},
              "fullDescription": {"text": "Personal information collected in Québec is communicated outside Québec without a privacy impact assessment and a written agreement"},
              "help": {"text": "Personal information collected in Québec is communicated outside Québec without a privacy impact assessment and a written agreement\nRemedy: Conduct a privacy impact assessment (sensitivity, purposes, protection measures, the destination's legal framework); communicate only if protection is adequate, under a written agreement\nCite: CQLR c. P-39.1, s.17, as amended by Law 25 (2021, c. 25)", "markdown": "**Québec personal information leaving Canada needs a privacy impact assessment and a written agreement**\n\nPersonal information collected in Québec is communicated outside Québec without a privacy impact assessment and a written agreement\n\n**Remedy:** Conduct a privacy impact assessment (sensitivity, purposes, protection measures, the destination's legal framework); communicate only if protection is adequate, under a written agreement\n\n**Cite:** CQLR c. P-39.1, s.17, as amended by Law 25 (2021, c. 25)"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#qc_law25_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "ca_qc"], "cite": "CQLR c. P-39.1, s.17, as amended by Law 25 (2021, c. 25)", "policyFile": "<lib>/laws/ca_qc.rpl", "policyLine": 49}
            },
            {
              "id": "in_rbi_payment_localisation",
              "name": "in_rbi_payment_localisation",
              "shortDescription": {"text": "Indian payment system data is stored only in India"},
              "fullDescription": {"text": "Payment system data subject to the RBI storage directive is stored outside India"},
              "help": {"text": "Payment system data subject to the RBI storage directive is stored outside India\nRemedy: Keep the primary, every replica and every backup in India; process abroad only transiently, deleting the data there within one business day or 24 hours\nCite: RBI circular on Storage of Payment System Data of 2018-04-06 (Payment and Settlement Systems Act 2007); RBI FAQ of 2019-06-26", "markdown": "**Indian payment system data is stored only in India**\n\nPayment system data subject to the RBI storage directive is stored outside India\n\n**Remedy:** Keep the primary, every replica and every backup in India; process abroad only transiently, deleting the data there within one business day or 24 hours\n\n**Cite:** RBI circular on Storage of Payment System Data of 2018-04-06 (Payment and Settlement Systems Act 2007); RBI FAQ of 2019-06-26"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#in_rbi_payment_localisation",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "in_sectoral"], "cite": "RBI circular on Storage of Payment System Data of 2018-04-06 (Payment and Settlement Systems Act 2007); RBI FAQ of 2019-06-26", "policyFile": "<lib>/laws/in_sectoral.rpl", "policyLine": 44}
            },
            {
              "id": "ae_health_localisation",
              "name": "ae_health_localisation",
              "shortDescription": {"text": "UAE health data is stored and processed in the UAE"},
              "fullDescription": {"text": "Health data of services provided in the UAE has a copy outside the UAE without a Resolution 51/2021 exception"},
              "help": {"text": "Health data of services provided in the UAE has a copy outside the UAE without a Resolution 51/2021 exception\nRemedy: Keep the primary, every replica and every backup in the UAE, or document the Resolution 51/2021 exception that applies and meet its conditions (attr ae_health_exception)\nCite: Federal Law No. 2 of 2019 (ICT in health fields) Art. 13", "markdown": "**UAE health data is stored and processed in the UAE**\n\nHealth data of services provided in the UAE has a copy outside the UAE without a Resolution 51/2021 exception\n\n**Remedy:** Keep the primary, every replica and every backup in the UAE, or document the Resolution 51/2021 exception that applies and meet its conditions (attr ae_health_exception)\n\n**Cite:** Federal Law No. 2 of 2019 (ICT in health fields) Art. 13"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ae_health_localisation",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "ae_health"], "cite": "Federal Law No. 2 of 2019 (ICT in health fields) Art. 13", "policyFile": "<lib>/laws/ae_health.rpl", "policyLine": 57}
            },
            {
              "id": "ae_health_transfer",
              "name": "ae_health_transfer",
              "shortDescription": {"text": "UAE health data leaves the UAE only under a Resolution 51/2021 exception"},
              "fullDescription": {"text": "Health data of services provided in the UAE is transferred or processed outside the UAE without a Resolution 51/2021 exception"},
              "help": {"text": "Health data of services provided in the UAE is transferred or processed outside the UAE without a Resolution 51/2021 exception\nRemedy: Process the data in the UAE, or document the Resolution 51/2021 exception that applies, meet its conditions and attest AE_HEALTH_EXCEPTION\nCite: Federal Law No. 2 of 2019 (ICT in health fields) Art. 13; Ministerial Resolution No. 51 of 2021", "markdown": "**UAE health data leaves the UAE only under a Resolution 51/2021 exception**\n\nHealth data of services provided in the UAE is transferred or processed outside the UAE without a Resolution 51/2021 exception\n\n**Remedy:** Process the data in the UAE, or document the Resolution 51/2021 exception that applies, meet its conditions and attest AE_HEALTH_EXCEPTION\n\n**Cite:** Federal Law No. 2 of 2019 (ICT in health fields) Art. 13; Ministerial Resolution No. 51 of 2021"},
              "helpUri": "https://github.com/residency-policy/residency/blob/v0.1.0/docs/policies.md#ae_health_transfer",
              "defaultConfiguration": {"level": "error"},
              "properties": {"security-severity": "8.0", "tags": ["data-residency", "ae_health"], "cite": "Federal Law No. 2 of 2019 (ICT in health fields) Art. 13; Ministerial Resolution No. 51 of 2021", "policyFile": "<lib>/laws/ae_health.rpl", "policyLine": 68}
            }
          ]
        }
      },
      "properties": {
        "asOf": [
          {"plan": "examples/plan.yaml", "date": "2026-11-28", "source": "option"}
        ]
      },
      "automationDetails": {"id": "residency/"},
      "results": [
        {
          "ruleId": "eu_gdpr_transfer",
          "ruleIndex": 3,
          "level": "error",
          "message": {"text": "Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (crm-db (backup aws:us-east-1))"},
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
              "mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)"
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
            "locations": ["azure:westeurope"],
            "countries": ["NL"],
            "failed": [
              "encrypted at_rest"
            ]
          }
        },
        {
          "ruleId": "eu_gdpr_transfer",
          "ruleIndex": 3,
          "level": "error",
          "message": {"text": "Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (analytics-to-india)"},
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
              "mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)"
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
