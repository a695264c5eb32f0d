$ residency graph --as-of 2026-11-28 tests/tf/spanner-multi-region.json
digraph "tests/tf/spanner-multi-region.json" {
  rankdir=LR;
  node [shape=box, style=rounded, fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=10];
  subgraph cluster_0 {
    label="BE";
    s1 [label="google_spanner_instance.eu\npersonal"];
    s2 [label="google_spanner_instance.crm\npersonal"];
    p431 [label="gcp:europe-west1", shape=ellipse, style=dashed];
  }
  subgraph cluster_1 {
    label="FI";
    p428 [label="gcp:europe-north1", shape=ellipse, style=dashed];
  }
  subgraph cluster_2 {
    label="GB";
    p434 [label="gcp:europe-west2", shape=ellipse, style=dashed];
  }
  subgraph cluster_3 {
    label="NL";
    p436 [label="gcp:europe-west4", shape=ellipse, style=dashed];
  }
  subgraph cluster_4 {
    label="TW";
    p414 [label="gcp:asia-east1", shape=ellipse, style=dashed];
  }
  subgraph cluster_5 {
    label="US";
    s0 [label="google_spanner_instance.global\npersonal", color="#d62728", fontcolor="#d62728"];
    s3 [label="google_spanner_instance.metrics\npayment"];
    p451 [label="gcp:us-central2", shape=ellipse, style=dashed];
    p452 [label="gcp:us-east1", shape=ellipse, style=dashed];
    p450 [label="gcp:us-central1", shape=ellipse, style=dashed];
  }
  s0 -> p451 [label="replica", style=dashed];
  s0 -> p431 [label="replica", style=dashed];
  s0 -> p414 [label="replica", style=dashed, color="#d62728", fontcolor="#d62728"];
  s0 -> p452 [label="replica", style=dashed];
  s1 -> p436 [label="replica", style=dashed];
  s1 -> p428 [label="replica", style=dashed];
  s2 -> p434 [label="replica", style=dashed];
  s2 -> p436 [label="replica", style=dashed];
  s3 -> p452 [label="replica", style=dashed];
  s3 -> p450 [label="replica", style=dashed];
}
--- stderr
--- exit 0
