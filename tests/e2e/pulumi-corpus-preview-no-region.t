$ residency check --as-of 2026-12-01 tests/corpus/pulumi/dundalek_stratify_pulumi-preview-creates.json
tests/corpus/pulumi/dundalek_stratify_pulumi-preview-creates.json:17:9: error: [unknown-location] its location cannot be determined from the plan: the region of its provider is unknown: neither the resource, its provider nor the stack's configuration (aws:region, gcp:region) sets a region; give it with --default-region aws=REGION (urn:pulumi:dev::sample::aws:s3/bucket:Bucket::docs)
1 error, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
tests/corpus/pulumi/dundalek_stratify_pulumi-preview-creates.json: error: could not judge urn:pulumi:dev::sample::aws:s3/bucket:Bucket::docs (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
