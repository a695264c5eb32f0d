$ residency check --as-of 2026-06-01 tests/corpus/fides/ethyca_fides_demo-system.yml
--- stderr
tests/corpus/fides/ethyca_fides_demo-system.yml:2:16: error: system 'demo_analytics_system' has no location: map it in a --locations file, or give an AWS ARN or endpoint in its fidesctl_meta
    2 |   - fides_key: demo_analytics_system
      |                ^~~~~~~~~~~~~~~~~~~~~
tests/corpus/fides/ethyca_fides_demo-system.yml:27:16: error: system 'demo_marketing_system' has no location: map it in a --locations file, or give an AWS ARN or endpoint in its fidesctl_meta
   27 |   - fides_key: demo_marketing_system
      |                ^~~~~~~~~~~~~~~~~~~~~
--- exit 2
