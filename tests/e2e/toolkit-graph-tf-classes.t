$ residency graph --as-of 2026-11-28 --classes tests/e2e/data/all-personal.classes.yaml -f mermaid tests/tf/class-tag.json
flowchart LR
  subgraph c0["DE"]
    s0["aws_s3_bucket.orders<br/>personal"]
  end
  subgraph c1["US"]
    s1["aws_s3_bucket.orders_dr<br/>personal"]
  end
  s0 -->|"aws_s3_bucket_replication_configuration.dr<br/>personal"| s1
  classDef violation stroke:#d62728,color:#d62728,stroke-width:2px
  classDef waived stroke:#ff7f0e,color:#ff7f0e
  linkStyle 0 stroke:#d62728,color:#d62728
--- stderr
--- exit 0
