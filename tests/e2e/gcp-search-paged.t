$ residency check --as-of 2026-12-01 tests/gcp/paged.json
--- stderr
tests/gcp/paged.json:1:1: error: the search answer is one page of several (nextPageToken): fetch every page and check them all
    1 | {
      | ^
--- exit 2
