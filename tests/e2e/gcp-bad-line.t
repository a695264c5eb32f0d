$ residency check --as-of 2026-12-01 tests/gcp/bad-line.ndjson
--- stderr
tests/gcp/bad-line.ndjson:2:1: error: YAML syntax error: did not find expected ',' or '}'
    2 | {"name":"//storage.googleapis.com/projects/_/buckets/b","asset_type":"storage.googleapis.com/Bucket","resource":{"data":…
      | ^
--- exit 2
