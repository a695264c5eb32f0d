$ residency check --as-of 2026-12-01 tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-mixed-assets.json
tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-mixed-assets.json:2:5: warning: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//storage.googleapis.com/bucket-with-valid-labels)
tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-mixed-assets.json:131:5: warning: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//compute.googleapis.com/projects/my-test-project/zones/us-east1-b/disks/instance-1-valid-disk)
tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-mixed-assets.json:170:5: warning: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//bigtable.googleapis.com/projects/my-test-project/instances/test-bigtable-id-valid-labels)
tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-mixed-assets.json:189:5: warning: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//cloudsql.googleapis.com/projects/my-test-project/instances/cloudsql-instance-1-valid)
0 errors, 4 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
