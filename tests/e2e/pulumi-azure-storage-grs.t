$ residency graph tests/pulumi/export-azure-native.json
digraph "tests/pulumi/export-azure-native.json" {
  rankdir=LR;
  node [shape=box, style=rounded, fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=10];
  subgraph cluster_0 {
    label="IE";
    p361 [label="azure:northeurope", shape=ellipse, style=dashed];
  }
  subgraph cluster_1 {
    label="NL";
    s0 [label="urn:pulumi:dev::docs::azure-native:storage:StorageAccount::docsstore\npersonal"];
  }
  s0 -> p361 [label="replica", style=dashed];
}
--- stderr
--- exit 0
