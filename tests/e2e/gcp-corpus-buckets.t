$ residency check --as-of 2026-12-01 tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-storage-buckets.json
tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-storage-buckets.json:2:3: warning: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//storage.googleapis.com/bucket-with-valid-labels)
tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-storage-buckets.json:49:3: warning: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//storage.googleapis.com/bucket-with-no-labels)
tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-storage-buckets.json:91:3: warning: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//storage.googleapis.com/bucket-with-label2-missing)
tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-storage-buckets.json:137:3: warning: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//storage.googleapis.com/bucket-with-label1-missing)
tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-storage-buckets.json:183:3: warning: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//storage.googleapis.com/bucket-with-label1-and-label2-bad-values)
0 errors, 5 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
