$ residency check -p examples/quickstart/policy.rpl -f sarif --base-dir examples examples/quickstart/plan.yaml | grep -e '"uri"' -e residencyFinding
                "artifactLocation": {"uri": "quickstart/plan.yaml"},
          "partialFingerprints": {"residencyFinding/v1": "quickstart/plan.yaml:customers_in_eu:orders-replica"},
                "artifactLocation": {"uri": "quickstart/plan.yaml"},
          "partialFingerprints": {"residencyFinding/v1": "quickstart/plan.yaml:eu_gdpr_transfer:nightly-export"},
--- stderr
--- exit 0
