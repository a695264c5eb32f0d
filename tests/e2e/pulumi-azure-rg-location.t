$ residency graph -f mermaid tests/pulumi/export-azure-rg-location.json
flowchart LR
  subgraph c0["IE"]
    s0["urn:pulumi:prod::media::azure-native:storage:StorageAccount::media<br/>personal"]
  end
  subgraph c1["NL"]
    p399(["azure:westeurope"])
  end
  s0 -.->|"replica"| p399
  classDef violation stroke:#d62728,color:#d62728,stroke-width:2px
  classDef waived stroke:#ff7f0e,color:#ff7f0e
--- stderr
--- exit 0
