$ residency graph -p examples/acme.rpl examples/plan.yaml --format mermaid
flowchart LR
  subgraph c0["CN"]
    p47(["CN"])
  end
  subgraph c1["DE"]
    s0["crm-db<br/>customer_record"]
    s2["pricing-store<br/>pricing_model"]
  end
  subgraph c2["IE"]
    p282(["aws:eu-west-1"])
  end
  subgraph c3["IN"]
    p255(["aws:ap-south-1"])
  end
  subgraph c4["NL"]
    s3["support-tickets<br/>personal"]
  end
  subgraph c5["US"]
    s1["analytics-dw<br/>personal"]
    p291(["aws:us-east-1"])
  end
  s0 -.->|"replica"| p282
  s0 -.->|"backup"| p291
  s0 -->|"nightly-analytics<br/>personal"| s1
  s1 -->|"analytics-to-india<br/>personal"| p255
  s2 -->|"pricing-to-shanghai<br/>pricing_model"| p47
  classDef violation stroke:#d62728,color:#d62728,stroke-width:2px
  classDef waived stroke:#ff7f0e,color:#ff7f0e
  class s3 waived
  linkStyle 1 stroke:#d62728,color:#d62728
  linkStyle 3 stroke:#d62728,color:#d62728
  linkStyle 4 stroke:#d62728,color:#d62728
--- stderr
--- exit 0
