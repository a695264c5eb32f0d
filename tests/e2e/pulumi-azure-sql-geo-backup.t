$ residency graph --classes tests/pulumi/azure.classes.yaml tests/pulumi/export-azure-sql.json
digraph "tests/pulumi/export-azure-sql.json" {
  rankdir=LR;
  node [shape=box, style=rounded, fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=10];
  subgraph cluster_0 {
    label="IE";
    p361 [label="azure:northeurope", shape=ellipse, style=dashed];
  }
  subgraph cluster_1 {
    label="NL";
    s0 [label="urn:pulumi:prod::ledger::azure-native:sql:Database::ledger\npayment"];
    s1 [label="urn:pulumi:prod::ledger::azure-native:dbforpostgresql:Server::ledger-pg\npersonal"];
  }
  s0 -> p361 [label="backup", style=dashed];
  s1 -> p361 [label="backup", style=dashed];
}
--- stderr
--- exit 0
