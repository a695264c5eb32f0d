$ residency check --as-of 2026-12-01 --region eu-west-1 tests/cfn/unknown-region.yaml
tests/cfn/unknown-region.yaml:12:19: error: [unknown-location] a global table replica's region of Sessions cannot be determined from the template (Sessions)
1 error, 0 warnings, 0 infos, 0 waived; 1 fact checked; as of 2026-12-01 (--as-of)
--- stderr
tests/cfn/unknown-region.yaml: error: could not judge Sessions (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
