$ residency check --as-of 2026-11-28 tests/tf/spanner-custom.json tests/tf/spanner-waivers.yaml -f json | grep -A 12 "\"waiver\": {" | head -26
      "waiver": {
        "rule": "eu_gdpr_transfer",
        "target": "google_spanner_instance.by_name",
        "reason": "EU SCCs with the US processor, transfer impact assessment LEGAL-42",
        "expires": "2027-06-30",
        "approved_by": "dpo@example.com",
        "file": "tests/tf/spanner-waivers.yaml",
        "line": 6,
        "column": 5
      },
      "policy_location": {"file": "<lib>/laws/eu_gdpr.rpl", "line": 179}
    },
    {
--
      "waiver": {
        "rule": "eu_gdpr_transfer",
        "target": "google_spanner_instance.by_nmae",
        "reason": "a typo in the address waives nothing",
        "expires": "2027-06-30",
        "approved_by": null,
        "file": "tests/tf/spanner-waivers.yaml",
        "line": 11,
        "column": 5
      },
      "policy_location": null
    },
--- stderr
--- exit 0
