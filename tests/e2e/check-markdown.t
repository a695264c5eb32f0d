$ residency check --as-of 2026-11-28 -p examples/acme.rpl -f markdown examples/plan.yaml
## residency: ❌ failed

3 errors, 0 warnings, 0 infos, 1 waived; 9 facts checked; as of 2026-11-28 (--as-of)

| plan | as of | errors | warnings | infos | waived | facts | result |
|:-----|:------|-------:|---------:|------:|-------:|------:|:-------|
| `examples/plan.yaml` | 2026-11-28 | 3 | 0 | 0 | 1 | 9 | **failed** |

### Findings

❌ **error** `eu_gdpr_transfer` · `crm-db (backup aws:us-east-1)` · `examples/plan.yaml:8:15`  
Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard

- rule: Personal data leaving the EEA needs a Chapter V basis
- classes: customer\_record
- pairs: DE→US
- failed: `require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)`
- cite: GDPR Art. 44-49
- remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU\_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
- policy: `<lib>/laws/eu_gdpr.rpl:179`

💤 **waived warning** `acme_personal_at_rest` · `support-tickets` · `examples/plan.yaml:23:5`  
A store of personal data is not encrypted at rest

- rule: Personal data is encrypted at rest
- waived: Legacy ticketing system, migration tracked in SEC-311 (expires 2027-03-31, approved by security@acme.example)
- classes: personal
- store: azure:westeurope (NL)
- failed: `require encrypted at_rest`
- cite: Acme security baseline, control SB-7
- remedy: Turn on storage encryption (SSE-KMS, CMEK or Azure SSE with customer keys)
- policy: `examples/acme.rpl:36`

❌ **error** `eu_gdpr_transfer` · `analytics-to-india` · `examples/plan.yaml:33:5`  
Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard

- rule: Personal data leaving the EEA needs a Chapter V basis
- classes: personal
- pairs: US→IN
- failed: `require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)`
- cite: GDPR Art. 44-49
- remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU\_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
- policy: `<lib>/laws/eu_gdpr.rpl:179`

❌ **error** `acme_trade_secret_high_risk` · `pricing-to-shanghai` · `examples/plan.yaml:38:5`  
Trade secrets are sent to a country on Acme's high-risk list

- rule: Trade secrets never go to high-risk countries
- classes: pricing\_model
- pairs: DE→CN
- failed: `require false`
- cite: Acme trade-secret programme, section 4
- remedy: Keep the data out of these countries; ask the security office for an exception
- policy: `examples/acme.rpl:28`
--- stderr
--- exit 1
