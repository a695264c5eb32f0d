$ residency import fides tests/e2e/data/fides/empty
--- stderr
tests/e2e/data/fides/empty: error: no Fides systems or datasets found (expected a YAML file with a top-level 'system:' or 'dataset:' list)
--- exit 2
