$ residency graph --as-of 2026-12-01 --classes tests/classes/graph.classes.yaml -f mermaid tests/arm/resource-graph.json
flowchart LR
  subgraph c0["IE"]
    p361(["azure:northeurope"])
  end
  subgraph c1["JP"]
    p347(["azure:japaneast"])
  end
  subgraph c2["NL"]
    s0["customerdocs<br/>personal"]
    s1["profiles<br/>health"]
  end
  s0 -.->|"replica"| p361
  s1 -.->|"replica"| p347
  classDef violation stroke:#d62728,color:#d62728,stroke-width:2px
  classDef waived stroke:#ff7f0e,color:#ff7f0e
--- stderr
--- exit 0
