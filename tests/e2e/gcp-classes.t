$ residency check --as-of 2026-12-01 --classes tests/gcp/classes.yaml tests/gcp/export.ndjson
tests/gcp/export.ndjson: warning: [unused-classes-entry] --classes entry '//storage.googleapis.com/projects/_/buckets/no-such-bucket' (tests/gcp/classes.yaml:15:12) matches no resource of the plan (//storage.googleapis.com/projects/_/buckets/no-such-bucket)
tests/gcp/export.ndjson: warning: [unused-waiver] waiver of unknown-location for //secretmanager.googleapis.com/projects/123456789012/secrets/payroll matched no violation: no store or flow is named //secretmanager.googleapis.com/projects/123456789012/secrets/payroll (//secretmanager.googleapis.com/projects/123456789012/secrets/payroll)
    waiver: rule unknown-location, target //secretmanager.googleapis.com/projects/123456789012/secrets/payroll, expires 2027-01-31
0 errors, 2 warnings, 0 infos, 0 waived; 11 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
