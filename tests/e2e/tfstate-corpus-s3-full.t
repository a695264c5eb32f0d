$ residency check --as-of 2026-12-01 --classes tests/tfstate/personal.classes.yaml tests/corpus/terraform-state/snyk_driftctl_aws-s3-full.tfstate
0 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
