$ residency check --as-of 2026-11-28 tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:1277:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_db_instance.default)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:1495:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_ebs_volume.web_host_storage)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:1607:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_elasticsearch_domain.monitoring-framework)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2323:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_neptune_cluster.default)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2596:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.data)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2650:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.data_science)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2716:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.financials)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2770:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.flowbucket)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2824:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.logs)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2910:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.operations)
0 errors, 10 warnings, 0 infos, 0 waived; 10 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
