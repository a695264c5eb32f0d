$ residency graph -p examples/acme.rpl examples/plan.yaml
digraph "acme-prod" {
  rankdir=LR;
  node [shape=box, style=rounded, fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=10];
  subgraph cluster_0 {
    label="CN";
    p47 [label="CN", shape=ellipse, style=dashed];
  }
  subgraph cluster_1 {
    label="DE";
    s0 [label="crm-db\ncustomer_record"];
    s2 [label="pricing-store\npricing_model"];
  }
  subgraph cluster_2 {
    label="IE";
    p282 [label="aws:eu-west-1", shape=ellipse, style=dashed];
  }
  subgraph cluster_3 {
    label="IN";
    p255 [label="aws:ap-south-1", shape=ellipse, style=dashed];
  }
  subgraph cluster_4 {
    label="NL";
    s3 [label="support-tickets\npersonal", color="#ff7f0e", fontcolor="#ff7f0e"];
  }
  subgraph cluster_5 {
    label="US";
    s1 [label="analytics-dw\npersonal"];
    p291 [label="aws:us-east-1", shape=ellipse, style=dashed];
  }
  s0 -> p282 [label="replica", style=dashed];
  s0 -> p291 [label="backup", style=dashed, color="#d62728", fontcolor="#d62728"];
  s0 -> s1 [label="nightly-analytics\npersonal"];
  s1 -> p255 [label="analytics-to-india\npersonal", color="#d62728", fontcolor="#d62728"];
  s2 -> p47 [label="pricing-to-shanghai\npricing_model", color="#d62728", fontcolor="#d62728"];
}
--- stderr
--- exit 0
