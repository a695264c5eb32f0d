$ residency graph --as-of 2026-11-28 tests/tf/class-tag.json --format mermaid
flowchart LR
  subgraph c0["DE"]
    s0["aws_s3_bucket.orders"]
  end
  subgraph c1["US"]
    s1["aws_s3_bucket.orders_dr"]
  end
  s0 -->|"aws_s3_bucket_replication_configuration.dr"| s1
  classDef violation stroke:#d62728,color:#d62728,stroke-width:2px
  classDef waived stroke:#ff7f0e,color:#ff7f0e
--- stderr
--- exit 0
