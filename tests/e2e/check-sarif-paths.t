$ a=$(residency check -p examples/quickstart/policy.rpl -f sarif ./examples/quickstart/plan.yaml | grep -A1 partialFingerprints); b=$(residency check -p examples/quickstart/policy.rpl -f sarif $PWD/examples/./quickstart/plan.yaml | grep -A1 partialFingerprints); [ "$a" = "$b" ] && echo same; echo "$a"
same
          "partialFingerprints": {"residencyFinding/v1": "examples/quickstart/plan.yaml:customers_in_eu:orders-replica"},
          "properties": {
--
          "partialFingerprints": {"residencyFinding/v1": "examples/quickstart/plan.yaml:eu_gdpr_transfer:nightly-export"},
          "properties": {
--- stderr
--- exit 0
