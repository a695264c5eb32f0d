$ residency graph -f mermaid tests/pulumi/preview-azure-native.json
flowchart LR
  subgraph c0["DE"]
    s0["urn:pulumi:staging::events::azure-native:storage:StorageAccount::archive<br/>personal"]
    s1["urn:pulumi:staging::events::azure-native:documentdb:DatabaseAccount::events-db<br/>personal"]
    s2["urn:pulumi:staging::events::azure-native:dbforpostgresql:Server::events-pg<br/>personal"]
    s3["urn:pulumi:staging::events::azure-native:keyvault:Vault::events-kv<br/>payment"]
    p337(["azure:germanynorth"])
  end
  s0 -.->|"replica"| p337
  s3 -.->|"replica"| p337
  classDef violation stroke:#d62728,color:#d62728,stroke-width:2px
  classDef waived stroke:#ff7f0e,color:#ff7f0e
--- stderr
--- exit 0
