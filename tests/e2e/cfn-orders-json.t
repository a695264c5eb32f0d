$ residency check --as-of 2026-12-01 --region eu-west-1 tests/cfn/orders.json
tests/cfn/orders.json:16:75: error: [unknown-location] the replication destination 'arn:aws:s3:::notes-archive' of Notes is a bucket outside this template; its region cannot be determined (S3 ARNs carry none) (Notes)
1 error, 0 warnings, 0 infos, 0 waived; 3 facts checked; as of 2026-12-01 (--as-of)
--- stderr
tests/cfn/orders.json: error: could not judge Notes (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
