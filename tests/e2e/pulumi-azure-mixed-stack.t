$ residency graph -f mermaid tests/pulumi/export-azure-mixed.json
flowchart LR
  subgraph c0["BE"]
    s0["urn:pulumi:prod::clinic::gcp:sql/databaseInstance:DatabaseInstance::patients<br/>health"]
  end
  subgraph c1["IE"]
    p361(["azure:northeurope"])
  end
  subgraph c2["NL"]
    s1["urn:pulumi:dev::docs::azure-native:storage:StorageAccount::docsstore<br/>personal"]
  end
  subgraph c3["US"]
    p412(["gcp:US"])
  end
  s0 -.->|"backup"| p412
  s1 -.->|"replica"| p361
  classDef violation stroke:#d62728,color:#d62728,stroke-width:2px
  classDef waived stroke:#ff7f0e,color:#ff7f0e
  linkStyle 0 stroke:#d62728,color:#d62728
--- stderr
--- exit 0
