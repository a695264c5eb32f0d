$ residency check --as-of 2026-12-01 tests/tfstate/no-region.tfstate
tests/tfstate/no-region.tfstate:8:5: error: [unknown-location] its location cannot be determined from the plan: the region of its provider is unknown: the state records none for it (AWS provider 6 and later record a region per resource) and it has no ARN that names one; give it with --default-region aws=REGION (module.db.aws_db_instance.main)
1 error, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
tests/tfstate/no-region.tfstate: error: could not judge module.db.aws_db_instance.main (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
