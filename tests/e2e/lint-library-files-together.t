$ residency lint policies/core.rpl policies/regions.rpl policies/laws/eu_gdpr.rpl policies/default.rpl
--- stderr
--- exit 0
