$ residency check --as-of 2026-12-01 tests/cfn/unknown-region.yaml
tests/cfn/unknown-region.yaml:7:3: error: [unknown-location] the stack's region cannot be determined from the template: a template does not say where it is deployed; give the stack's region with --region (or --default-region aws=REGION) (Sessions)
1 error, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
tests/cfn/unknown-region.yaml: error: could not judge Sessions (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
