$ residency check --as-of 2026-12-01 tests/corpus/terraform-state/GoogleCloudPlatform_terraformer_waze-gcs.tfstate
--- stderr
tests/corpus/terraform-state/GoogleCloudPlatform_terraformer_waze-gcs.tfstate:1:1: error: unsupported Terraform state version 3 (this version reads version 4, written by Terraform 0.12 and later and by OpenTofu; upgrade older state with Terraform 0.12 or later)
    1 | {
      | ^
--- exit 2
