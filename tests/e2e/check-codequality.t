$ residency check -p examples/quickstart/policy.rpl -f codequality examples/quickstart/plan.yaml
[
  {
    "description": "[customers_in_eu] A customer database is outside the EU (orders-replica) at aws:us-east-1 (US)",
    "check_name": "customers_in_eu",
    "fingerprint": "2cb4d2999f7e09bba1b59c9e89cafa5a",
    "severity": "critical",
    "location": {"path": "examples/quickstart/plan.yaml", "lines": {"begin": 7}}
  },
  {
    "description": "[eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (nightly-export)",
    "check_name": "eu_gdpr_transfer",
    "fingerprint": "960a8805109271770aec87d847a525e0",
    "severity": "critical",
    "location": {"path": "examples/quickstart/plan.yaml", "lines": {"begin": 11}}
  }
]
--- stderr
--- exit 1
