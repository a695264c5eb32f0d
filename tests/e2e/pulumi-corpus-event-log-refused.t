$ residency check --as-of 2026-12-01 tests/corpus/pulumi/pulumi_pulumi_up-interrupted-events.ndjson
--- stderr
tests/corpus/pulumi/pulumi_pulumi_up-interrupted-events.ndjson:1:1: error: a Pulumi engine event log is not read: give pulumi preview --json or pulumi stack export
    1 | {"sequence":1,"timestamp":1700000000,"preludeEvent":{"config":{}}}
      | ^
--- exit 2
