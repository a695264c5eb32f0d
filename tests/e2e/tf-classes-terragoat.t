$ residency check --as-of 2026-11-28 --classes tests/e2e/data/all-personal.classes.yaml -f json tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json | grep -A2 '"plans"\|"summary"'
  "plans": [
    {"file": "tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json", "as_of": "2026-11-28", "as_of_source": "option", "stores": 11, "flows": 0, "implicit_flows": 0}
  ],
--
  "summary": {"errors": 0, "warnings": 0, "infos": 0, "waived": 0, "passed": true}
}
--- stderr
--- exit 0
