$ residency check --as-of 2026-12-01 --input-format gcp-asset tests/cfn/orders.yaml
--- stderr
tests/cfn/orders.yaml:4:1: error: an asset without name and asset_type (assetType)
    4 | AWSTemplateFormatVersion: "2010-09-09"
      | ^
--- exit 2
