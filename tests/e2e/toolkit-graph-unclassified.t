$ residency graph --as-of 2026-11-28 tests/tf/class-tag.json
digraph "tests/tf/class-tag.json" {
  rankdir=LR;
  node [shape=box, style=rounded, fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=10];
  subgraph cluster_0 {
    label="DE";
    s0 [label="aws_s3_bucket.orders"];
  }
  subgraph cluster_1 {
    label="US";
    s1 [label="aws_s3_bucket.orders_dr"];
  }
  s0 -> s1 [label="aws_s3_bucket_replication_configuration.dr"];
}
--- stderr
--- exit 0
