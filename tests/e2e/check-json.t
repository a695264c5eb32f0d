$ residency check --as-of 2026-11-28 -p examples/acme.rpl -f json examples/plan.yaml
{
  "tool": {"name": "residency", "version": "0.1.0"},
  "library": {"current_to": "2026-12-07"},
  "as_of": "2026-11-28",
  "as_of_source": "option",
  "policy": {
    "files": [
      "examples/acme.rpl",
      "<lib>/default.rpl",
      "<lib>/core.rpl",
      "<lib>/regions.rpl",
      "<lib>/clouds/aws.rpl",
      "<lib>/clouds/gcp.rpl",
      "<lib>/clouds/azure.rpl",
      "<lib>/clouds/oci.rpl",
      "<lib>/laws/eu_gdpr.rpl",
      "<lib>/laws/uk_gdpr.rpl",
      "<lib>/laws/ch_fadp.rpl",
      "<lib>/laws/cn_pipl.rpl",
      "<lib>/laws/ru_242fz.rpl",
      "<lib>/laws/in_dpdp.rpl",
      "<lib>/laws/br_lgpd.rpl",
      "<lib>/trade_secrets.rpl",
      "<lib>/vendors.rpl",
      "<lib>/laws/us_dsp.rpl",
      "<lib>/laws/us_health.rpl",
      "<lib>/laws/jp_appi.rpl",
      "<lib>/laws/kr_pipa.rpl",
      "<lib>/laws/tr_kvkk.rpl",
      "<lib>/laws/ca_qc.rpl",
      "<lib>/laws/in_sectoral.rpl",
      "<lib>/laws/ae_health.rpl"
    ],
    "rules": 50
  },
  "plans": [
    {"file": "examples/plan.yaml", "as_of": "2026-11-28", "as_of_source": "option", "stores": 4, "flows": 3, "implicit_flows": 2}
  ],
  "findings": [
    {
      "rule": "eu_gdpr_transfer",
      "title": "Personal data leaving the EEA needs a Chapter V basis",
      "severity": "error",
      "status": "violation",
      "kind": "transfer",
      "fingerprint": "examples/plan.yaml:eu_gdpr_transfer:crm-db (backup aws:us-east-1)",
      "fact": {"name": "crm-db (backup aws:us-east-1)", "file": "examples/plan.yaml", "line": 8, "column": 15},
      "classes": ["customer_record"],
      "pairs": [["DE", "US"]],
      "failed": [
        "mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)"
      ],
      "cite": "GDPR Art. 44-49",
      "message": "Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard",
      "remedy": "Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country",
      "policy_location": {"file": "<lib>/laws/eu_gdpr.rpl", "line": 179}
    },
    {
      "rule": "acme_personal_at_rest",
      "title": "Personal data is encrypted at rest",
      "severity": "warning",
      "status": "waived",
      "kind": "store",
      "fingerprint": "examples/plan.yaml:acme_personal_at_rest:support-tickets",
      "fact": {"name": "support-tickets", "file": "examples/plan.yaml", "line": 23, "column": 5, "locations": ["azure:westeurope"], "countries": ["NL"]},
      "classes": ["personal"],
      "pairs": [],
      "failed": [
        "encrypted at_rest"
      ],
      "cite": "Acme security baseline, control SB-7",
      "message": "A store of personal data is not encrypted at rest",
      "remedy": "Turn on storage encryption (SSE-KMS, CMEK or Azure SSE with customer keys)",
      "waiver": {
        "rule": "acme_personal_at_rest",
        "target": "support-tickets",
        "reason": "Legacy ticketing system, migration tracked in SEC-311",
        "expires": "2027-03-31",
        "approved_by": "security@acme.example",
        "file": "examples/plan.yaml",
        "line": 44,
        "column": 5
      },
      "policy_location": {"file": "examples/acme.rpl", "line": 36}
    },
    {
      "rule": "eu_gdpr_transfer",
      "title": "Personal data leaving the EEA needs a Chapter V basis",
      "severity": "error",
      "status": "violation",
      "kind": "transfer",
      "fingerprint": "examples/plan.yaml:eu_gdpr_transfer:analytics-to-india",
      "fact": {"name": "analytics-to-india", "file": "examples/plan.yaml", "line": 33, "column": 5},
      "classes": ["personal"],
      "pairs": [["US", "IN"]],
      "failed": [
        "mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)"
      ],
      "cite": "GDPR Art. 44-49",
      "message": "Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard",
      "remedy": "Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country",
      "policy_location": {"file": "<lib>/laws/eu_gdpr.rpl", "line": 179}
    },
    {
      "rule": "acme_trade_secret_high_risk",
      "title": "Trade secrets never go to high-risk countries",
      "severity": "error",
      "status": "violation",
      "kind": "transfer",
      "fingerprint": "examples/plan.yaml:acme_trade_secret_high_risk:pricing-to-shanghai",
      "fact": {"name": "pricing-to-shanghai", "file": "examples/plan.yaml", "line": 38, "column": 5},
      "classes": ["pricing_model"],
      "pairs": [["DE", "CN"]],
      "failed": [
        "false"
      ],
      "cite": "Acme trade-secret programme, section 4",
      "message": "Trade secrets are sent to a country on Acme's high-risk list",
      "remedy": "Keep the data out of these countries; ask the security office for an exception",
      "policy_location": {"file": "examples/acme.rpl", "line": 28}
    }
  ],
  "summary": {"errors": 3, "warnings": 0, "infos": 0, "waived": 1, "passed": false}
}
--- stderr
--- exit 1
