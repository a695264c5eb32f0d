$ residency graph --as-of 2026-11-28 --class-tag Classification tests/tf/class-tag.json
digraph "tests/tf/class-tag.json" {
  rankdir=LR;
  node [shape=box, style=rounded, fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=10];
  subgraph cluster_0 {
    label="DE";
    s0 [label="aws_s3_bucket.orders\npersonal"];
  }
  subgraph cluster_1 {
    label="US";
    s1 [label="aws_s3_bucket.orders_dr\npersonal"];
  }
  s0 -> s1 [label="aws_s3_bucket_replication_configuration.dr\npersonal", color="#d62728", fontcolor="#d62728"];
}
--- stderr
--- exit 0
