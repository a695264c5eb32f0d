$ residency check --as-of 2026-12-01 --classes tests/pulumi/waive.classes.yaml tests/corpus/pulumi/dundalek_stratify_pulumi-preview-creates.json
tests/corpus/pulumi/dundalek_stratify_pulumi-preview-creates.json:17:9: waived error: [unknown-location] its location cannot be determined from the plan: the region of its provider is unknown: neither the resource, its provider nor the stack's configuration (aws:region, gcp:region) sets a region; give it with --default-region aws=REGION (urn:pulumi:dev::sample::aws:s3/bucket:Bucket::docs)
    waived: The sample stack runs in eu-west-1 (its Pulumi.dev.yaml, not in the preview) (expires 2027-01-31)
0 errors, 0 warnings, 0 infos, 1 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
