$ residency check -p examples/acme.rpl -f codequality examples/plan.yaml
[
  {
    "description": "[eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (crm-db (backup aws:us-east-1))",
    "check_name": "eu_gdpr_transfer",
    "fingerprint": "5d307deef62fa6005361223be9e93d3b",
    "severity": "critical",
    "location": {"path": "examples/plan.yaml", "lines": {"begin": 8}}
  },
  {
    "description": "[eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (analytics-to-india)",
    "check_name": "eu_gdpr_transfer",
    "fingerprint": "1f44d7535c419f9d8140fc88f71225c8",
    "severity": "critical",
    "location": {"path": "examples/plan.yaml", "lines": {"begin": 33}}
  },
  {
    "description": "[acme_trade_secret_high_risk] Trade secrets are sent to a country on Acme's high-risk list (pricing-to-shanghai)",
    "check_name": "acme_trade_secret_high_risk",
    "fingerprint": "ee64dc8fe19832b2162523058618e7c1",
    "severity": "critical",
    "location": {"path": "examples/plan.yaml", "lines": {"begin": 38}}
  }
]
--- stderr
--- exit 1
