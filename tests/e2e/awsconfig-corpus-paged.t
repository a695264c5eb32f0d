$ residency check --as-of 2026-12-01 tests/corpus/inventory/cloud-custodian_cloud-custodian_awsconfig-history-rds-snapshot.json
--- stderr
tests/corpus/inventory/cloud-custodian_cloud-custodian_awsconfig-history-rds-snapshot.json:60:22: error: the AWS Config answer is one page of several (nextToken): fetch every page and check them all
   60 |         "nextToken": "eyJlbmNyeXB0ZWREYXRhIjpbMTIwLDYzLDg2LDk2LC0xMjAsNzMsMTE2LC0xMjAsLTcwLDEzLC05NiwtMjIsMTI3LC0zMCwxMj…
      |                      ^
--- exit 2
