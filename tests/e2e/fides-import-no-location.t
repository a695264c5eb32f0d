$ residency import fides tests/corpus/fides
--- stderr
tests/corpus/fides/ethyca_fides_demo-system.yml:2:16: error: system 'demo_analytics_system' has no location: map it in a --locations file, or give an AWS ARN or endpoint in its fidesctl_meta
    2 |   - fides_key: demo_analytics_system
      |                ^~~~~~~~~~~~~~~~~~~~~
tests/corpus/fides/ethyca_fides_demo-system.yml:27:16: error: system 'demo_marketing_system' has no location: map it in a --locations file, or give an AWS ARN or endpoint in its fidesctl_meta
   27 |   - fides_key: demo_marketing_system
      |                ^~~~~~~~~~~~~~~~~~~~~
tests/corpus/fides/ethyca_fides_sample-systems.yml:2:16: error: system 'cookie_house' has no location: map it in a --locations file, or give an AWS ARN or endpoint in its fidesctl_meta
    2 |   - fides_key: cookie_house
      |                ^~~~~~~~~~~~
tests/corpus/fides/ethyca_fides_sample-systems.yml:15:16: error: system 'cookie_house_loyalty_database' has no location: map it in a --locations file, or give an AWS ARN or endpoint in its fidesctl_meta
   15 |   - fides_key: cookie_house_loyalty_database
      |                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/corpus/fides/ethyca_fides_sample-systems.yml:32:16: error: system 'cookie_house_postgresql_database' has no location: map it in a --locations file, or give an AWS ARN or endpoint in its fidesctl_meta
   32 |   - fides_key: cookie_house_postgresql_database
      |                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/corpus/fides/ethyca_fides_sample-systems.yml:50:16: error: system 'cookie_house_customer_database' has no location: map it in a --locations file, or give an AWS ARN or endpoint in its fidesctl_meta
   50 |   - fides_key: cookie_house_customer_database
      |                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/corpus/fides/ethyca_fides_sample-systems.yml:67:16: error: system 'cookie_house_marketing_system' has no location: map it in a --locations file, or give an AWS ARN or endpoint in its fidesctl_meta
   67 |   - fides_key: cookie_house_marketing_system
      |                ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
--- exit 2
