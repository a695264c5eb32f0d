$ residency graph tests/pulumi/export-azure-vault-registry.json
digraph "tests/pulumi/export-azure-vault-registry.json" {
  rankdir=LR;
  node [shape=box, style=rounded, fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=10];
  subgraph cluster_0 {
    label="IE";
    p361 [label="azure:northeurope", shape=ellipse, style=dashed];
  }
  subgraph cluster_1 {
    label="NL";
    s0 [label="urn:pulumi:prod::shop::azure-native:keyvault:Vault::shop-kv\npayment"];
    s1 [label="urn:pulumi:prod::shop::azure-native:containerregistry:Registry::images\npersonal"];
  }
  subgraph cluster_2 {
    label="US";
    p329 [label="azure:eastus", shape=ellipse, style=dashed];
  }
  s0 -> p361 [label="replica", style=dashed];
  s1 -> p329 [label="replica", style=dashed, color="#d62728", fontcolor="#d62728"];
}
--- stderr
--- exit 0
