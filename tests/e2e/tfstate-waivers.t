$ residency check --as-of 2026-12-01 --classes tests/tfstate/waive.classes.yaml tests/tfstate/no-region.tfstate
tests/tfstate/no-region.tfstate:8:5: waived error: [unknown-location] its location cannot be determined from the plan: the region of its provider is unknown: the state records none for it (AWS provider 6 and later record a region per resource) and it has no ARN that names one; give it with --default-region aws=REGION (module.db.aws_db_instance.main)
    waived: The patients database is in eu-west-1 (CMDB entry DB-17) (expires 2027-01-31)
0 errors, 0 warnings, 0 infos, 1 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
