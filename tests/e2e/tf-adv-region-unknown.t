$ residency check --as-of 2026-06-01 -p tests/adversarial/eu_only.rpl tests/adversarial/tf_region_unknown.json
tests/adversarial/tf_region_unknown.json:6:4: error: [unknown-location] its location cannot be determined from the plan: its region is unknown until apply (it is computed from module.cfg.region) (aws_s3_bucket.b)
1 error, 0 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-06-01 (--as-of)
--- stderr
tests/adversarial/tf_region_unknown.json: error: could not judge aws_s3_bucket.b (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
