$ residency check --as-of 2026-11-28 tests/fuzz/regressions/check-fides-flow-without-categories.yaml
--- stderr
tests/fuzz/regressions/check-fides-flow-without-categories.yaml:14:5: error: system without a fides_key
   14 |   - name: no key
      |     ^
tests/fuzz/regressions/check-fides-flow-without-categories.yaml:12:16: error: duplicate system fides_key 'app'
   12 |   - fides_key: app
      |                ^~~
tests/fuzz/regressions/check-fides-flow-without-categories.yaml:2:16: note: first declared here
    2 |   - fides_key: app
      |                ^~~
tests/fuzz/regressions/check-fides-flow-without-categories.yaml:2:16: error: system 'app' has no location: map it in a --locations file, or give an AWS ARN or endpoint in its fidesctl_meta
    2 |   - fides_key: app
      |                ^~~
tests/fuzz/regressions/check-fides-flow-without-categories.yaml:12:16: error: system 'app' has no location: map it in a --locations file, or give an AWS ARN or endpoint in its fidesctl_meta
   12 |   - fides_key: app
      |                ^~~
tests/fuzz/regressions/check-fides-flow-without-categories.yaml:6:27: error: data category 'custom.loyalty_points' has no class in the category mapping (add it to the --categories file; [] for none)
    6 |       - data_categories: [custom.loyalty_points, user.name]
      |                           ^~~~~~~~~~~~~~~~~~~~~
tests/fuzz/regressions/check-fides-flow-without-categories.yaml:3:33: error: unknown legal basis for transfers 'Contract' (expected SCCs, BCRs, Adequacy Decision, Supplementary Measures or Other)
    3 |     legal_basis_for_transfers: [Contract]
      |                                 ^~~~~~~~
tests/fuzz/regressions/check-fides-flow-without-categories.yaml:16:5: error: dataset 'lonely' is not referenced by any system (dataset_references), so where it is held is unknown
   16 |   - fides_key: lonely
      |     ^
tests/fuzz/regressions/check-fides-flow-without-categories.yaml:4:31: error: unknown country code 'XYZ' (expected ISO 3166-1 alpha-3, e.g. USA)
    4 |     third_country_transfers: [XYZ, USA]
      |                               ^~~
tests/fuzz/regressions/check-fides-flow-without-categories.yaml:8:9: error: data flow with 'nowhere', which is not a system of the data map
    8 |       - fides_key: nowhere
      |         ^
tests/fuzz/regressions/check-fides-flow-without-categories.yaml:10:9: error: unknown data flow type 'queue' (expected system, dataset or user)
   10 |       - fides_key: app2
      |         ^
tests/fuzz/regressions/check-fides-flow-without-categories.yaml:13:27: error: system dependency 'ghost' is not a system of the data map
   13 |     system_dependencies: [ghost]
      |                           ^~~~~
--- exit 2
