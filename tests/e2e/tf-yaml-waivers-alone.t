$ residency check --as-of 2026-11-28 tests/tf/spanner-waivers.yaml
tests/tf/spanner-waivers.yaml:6:5: warning: [unused-waiver] waiver of eu_gdpr_transfer for google_spanner_instance.by_name matched no violation: no store or flow is named google_spanner_instance.by_name (google_spanner_instance.by_name)
    waiver: rule eu_gdpr_transfer, target google_spanner_instance.by_name, expires 2027-06-30
tests/tf/spanner-waivers.yaml:11:5: warning: [unused-waiver] waiver of eu_gdpr_transfer for google_spanner_instance.by_nmae matched no violation: no store or flow is named google_spanner_instance.by_nmae (google_spanner_instance.by_nmae)
    waiver: rule eu_gdpr_transfer, target google_spanner_instance.by_nmae, expires 2027-06-30
tests/tf/spanner-waivers.yaml:15:5: warning: [expired-waiver] waiver of jp_appi_transfer for google_spanner_instance.asia expired on 2026-01-31 and waives nothing (google_spanner_instance.asia)
    waiver: rule jp_appi_transfer, target google_spanner_instance.asia, expires 2026-01-31
0 errors, 3 warnings, 0 infos, 0 waived; 0 facts checked; as of 2026-11-28 (--as-of)
--- stderr
--- exit 0
