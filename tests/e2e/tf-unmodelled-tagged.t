$ residency check --as-of 2026-06-01 -p tests/adversarial/eu_only.rpl tests/tf/unmodelled-tagged.json
tests/tf/unmodelled-tagged.json:6:4: error: [unmodelled-resource] resource type oci_objectstorage_bucket is not modelled, but it carries the tag 'data-classes': where it keeps and copies its data cannot be judged (oci_objectstorage_bucket.c)
tests/tf/unmodelled-tagged.json:25:4: error: [unmodelled-resource] resource type google_dataflow_job is not modelled, but it carries the tag 'data-classes': where it keeps and copies its data cannot be judged (google_dataflow_job.t)
2 errors, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-06-01 (--as-of)
--- stderr
tests/tf/unmodelled-tagged.json: error: could not judge oci_objectstorage_bucket.c, google_dataflow_job.t (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
