$ residency check --as-of 2026-06-01 --locations tests/e2e/data/fides/locations.yaml tests/corpus/fides/ethyca_fides_demo-dataset.yml
--- stderr
tests/corpus/fides/ethyca_fides_demo-dataset.yml:2:3: error: dataset 'demo_users_dataset' is not referenced by any system (dataset_references), so where it is held is unknown
    2 | - fides_key: demo_users_dataset
      |   ^
--- exit 2
