$ residency graph --as-of 2026-12-01 -f mermaid tests/gcp/export.json
flowchart LR
  subgraph c0["AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO, SE, SI, SK"]
    s5["//compute.googleapis.com/projects/acme-prod/global/snapshots/db-data-nightly<br/>personal"]
  end
  subgraph c1["BE"]
    s0["//bigtableadmin.googleapis.com/projects/acme-prod/instances/events<br/>personal"]
    s2["//redis.googleapis.com/projects/acme-prod/locations/europe-west1/instances/sessions<br/>personal"]
    s4["//compute.googleapis.com/projects/acme-prod/zones/europe-west1-b/disks/db-data<br/>personal"]
  end
  subgraph c2["BE, NL"]
    s6["//storage.googleapis.com/projects/_/buckets/acme-eur4-archive<br/>personal"]
  end
  subgraph c3["DE"]
    s1["//file.googleapis.com/projects/acme-prod/locations/europe-west3-a/instances/shared<br/>personal"]
  end
  subgraph c4["NL"]
    s3["//artifactregistry.googleapis.com/projects/acme-prod/locations/europe-west4/repositories/images<br/>personal"]
  end
  subgraph c5["US"]
    p452(["gcp:us-east1"])
  end
  s0 -.->|"replica"| p452
  classDef violation stroke:#d62728,color:#d62728,stroke-width:2px
  classDef waived stroke:#ff7f0e,color:#ff7f0e
  linkStyle 0 stroke:#d62728,color:#d62728
--- stderr
--- exit 0
