$ residency check --as-of 2026-11-28 tests/tf/spanner-unknown-waivers.yaml tests/tf/spanner-unknown.json
tests/tf/spanner-unknown.json:234:7: waived error: [unknown-location] its location cannot be determined from the plan: Spanner configuration 'nam99' is neither a base configuration of the table (docs/terraform.md) nor a google_spanner_instance_config of the plan (google_spanner_instance.typo)
    waived: nam99 is a private configuration, reviewed by hand (INFRA-7) (expires 2027-01-31)
tests/tf/spanner-unknown.json:265:7: error: [unknown-location] its location cannot be determined from the plan: Spanner configuration 'custom-gone' is neither a base configuration of the table (docs/terraform.md) nor a google_spanner_instance_config of the plan (google_spanner_instance.gone)
tests/tf/spanner-unknown.json:296:7: error: [unknown-location] its location cannot be determined from the plan: its config is unknown until apply (google_spanner_instance.later)
tests/tf/spanner-unknown.json:327:7: error: [unknown-location] its location cannot be determined from the plan: its databases google_spanner_database.two_a and google_spanner_database.two_b set different default leaders (google_spanner_instance.two)
tests/tf/spanner-unknown.json:418:7: error: [unknown-location] its location cannot be determined from the plan: the default_leader 'us-east1' of google_spanner_database.far is not a region of its configuration (google_spanner_instance.far)
tests/tf/spanner-unknown.json:517:7: error: [unknown-location] its location cannot be determined from the plan: no replica of google_spanner_instance_config.noleader is its default leader location (google_spanner_instance.noleader)
5 errors, 0 warnings, 0 infos, 1 waived; 0 facts checked in 2 plans; as of 2026-11-28 (--as-of)
--- stderr
tests/tf/spanner-unknown.json: error: could not judge google_spanner_instance.gone, google_spanner_instance.later, google_spanner_instance.two, google_spanner_instance.far, google_spanner_instance.noleader (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
