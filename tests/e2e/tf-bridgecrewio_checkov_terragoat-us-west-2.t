$ residency check --as-of 2026-11-28 tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:1277:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_db_instance.default)
    store: aws:us-west-2 (US)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:1495:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_ebs_volume.web_host_storage)
    store: aws:us-west-2 (US)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:1607:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_elasticsearch_domain.monitoring-framework)
    store: aws:us-west-2 (US)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2323:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_neptune_cluster.default)
    store: aws:us-west-2 (US)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2596:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.data)
    store: aws:us-west-2 (US)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2650:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.data_science)
    store: aws:us-west-2 (US)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2716:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.financials)
    store: aws:us-west-2 (US)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2770:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.flowbucket)
    store: aws:us-west-2 (US)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2824:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.logs)
    store: aws:us-west-2 (US)
tests/corpus/terraform/bridgecrewio_checkov_terragoat-us-west-2.json:2910:7: warning: [unclassified] holds data but has no data classes (tag 'data-classes' or a --classes entry) (aws_s3_bucket.operations)
    store: aws:us-west-2 (US)
0 errors, 10 warnings, 0 infos, 0 waived; 10 facts checked
--- stderr
--- exit 0
