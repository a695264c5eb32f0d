$ residency check tests/arm/resource-graph-truncated.json
--- stderr
tests/arm/resource-graph-truncated.json:30:22: error: the Resource Graph result is incomplete (truncated, or more pages follow): fetch every page and check them all
   30 |   "resultTruncated": true
      |                      ^
--- exit 2
