$ residency check --as-of 2026-12-01 --classes tests/tfstate/personal.classes.yaml tests/corpus/terraform-state/snyk_driftctl_aws-kms-key.tfstate tests/corpus/terraform-state/snyk_driftctl_aws-rds-cluster.tfstate tests/corpus/terraform-state/snyk_driftctl_google-sql-database-instance.tfstate tests/corpus/terraform-state/snyk_driftctl_mixed-source.tfstate tests/corpus/terraform-state/snyk_driftctl_aws-db-instance.tfstate
0 errors, 0 warnings, 0 infos, 0 waived; 4 facts checked in 5 plans; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
