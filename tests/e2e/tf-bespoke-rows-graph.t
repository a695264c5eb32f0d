$ residency graph --as-of 2026-06-01 tests/tf/bespoke-rows.json
digraph "tests/tf/bespoke-rows.json" {
  rankdir=LR;
  node [shape=box, style=rounded, fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=10];
  subgraph cluster_0 {
    label="IE";
    s0 [label="aws_docdb_cluster.docs\npersonal"];
    s1 [label="aws_docdb_cluster.plain\npersonal"];
    s2 [label="aws_kinesis_stream.kms\npersonal"];
    s3 [label="aws_kinesis_stream.none\npersonal"];
    s4 [label="aws_kinesis_stream.us_key\npersonal"];
    s5 [label="aws_opensearch_domain.search\npersonal"];
    s6 [label="aws_opensearch_domain.unenc\npersonal"];
    s7 [label="aws_opensearch_domain.unknown_key\npersonal"];
    s8 [label="aws_neptune_cluster.graph\npersonal"];
    s9 [label="aws_secretsmanager_secret.s\npersonal"];
    s10 [label="aws_ebs_volume.v\npersonal"];
    s11 [label="aws_redshift_cluster.dw\npersonal"];
    s18 [label="azurerm_postgresql_server.pg\npersonal"];
    p361 [label="azure:northeurope", shape=ellipse, style=dashed];
  }
  subgraph cluster_1 {
    label="IT";
    s14 [label="azurerm_mysql_flexible_server.nopair\npersonal"];
  }
  subgraph cluster_2 {
    label="NL";
    s12 [label="azurerm_mysql_flexible_server.geo\npersonal"];
    s13 [label="azurerm_mysql_flexible_server.unk\npersonal"];
    s15 [label="azurerm_storage_account.grs\npersonal"];
    s16 [label="azurerm_storage_account.lrs\npersonal"];
    s17 [label="azurerm_storage_account.unk\npersonal"];
  }
  subgraph cluster_3 {
    label="US";
    p291 [label="aws:us-east-1", shape=ellipse, style=dashed];
  }
  s9 -> p291 [label="replica", style=dashed, color="#d62728", fontcolor="#d62728"];
  s12 -> p361 [label="backup", style=dashed];
  s15 -> p361 [label="replica", style=dashed];
}
--- stderr
--- exit 0
