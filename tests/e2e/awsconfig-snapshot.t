$ residency check --as-of 2026-12-01 tests/awsconfig/snapshot.json
tests/awsconfig/snapshot.json:5:5: error: [unknown-location] shop-orders replicates to buckets whose regions the configuration item does not record (shop-orders)
tests/awsconfig/snapshot.json:59:5: error: [unmodelled-resource] scorer (AWS::Lambda::Function) carries data classes, but residency does not model where a AWS::Lambda::Function keeps its data (scorer)
2 errors, 0 warnings, 0 infos, 0 waived; 2 facts checked; as of 2026-12-01 (--as-of)
--- stderr
tests/awsconfig/snapshot.json: error: could not judge shop-orders, scorer (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
