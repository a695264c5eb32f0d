$ residency check --as-of 2026-12-01 -q tests/corpus/cdk/awslabs_aws-solutions-constructs_restaurant-demo/manifest.json
0 errors, 10 warnings, 0 infos, 0 waived; 0 facts checked in 6 plans; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
