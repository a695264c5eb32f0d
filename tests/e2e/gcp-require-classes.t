$ residency check --as-of 2026-12-01 --require-classes tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-bigquery-datasets.json
tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-bigquery-datasets.json:2:5: error: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//bigquery.googleapis.com/projects/sandbox2/datasets/us_west2_test_dataset)
tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-bigquery-datasets.json:21:5: error: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//bigquery.googleapis.com/projects/sandbox2/datasets/eu_test_dataset)
tests/corpus/inventory/GoogleCloudPlatform_policy-library_cai-bigquery-datasets.json:40:5: error: [unclassified] holds data but has no data classes (label 'data-classes' or a --classes entry) (//bigquery.googleapis.com/projects/sandbox2/datasets/us_east4_test_dataset)
3 errors, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
