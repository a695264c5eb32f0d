$ residency lint --as-of 2026-11-28 policies/core.rpl policies/regions.rpl policies/laws/eu_gdpr.rpl policies/default.rpl
--- stderr
policies/regions.rpl:60:8: warning: region 'EFTA' is never used
   60 | region EFTA "European Free Trade Association" = { CH, IS, LI, NO }
      |        ^~~~
policies/regions.rpl:65:8: warning: region 'EU_CANDIDATES' is never used
   65 | region EU_CANDIDATES "EU candidate countries" = {
      |        ^~~~~~~~~~~~~
policies/regions.rpl:69:8: warning: region 'FIVE_EYES' is never used
   69 | region FIVE_EYES "Five Eyes intelligence alliance" = { AU, CA, GB, NZ, US }
      |        ^~~~~~~~~
policies/regions.rpl:72:8: warning: region 'G7' is never used
   72 | region G7 "Group of Seven" = { CA, DE, FR, GB, IT, JP, US }
      |        ^~
policies/laws/eu_gdpr.rpl:175:8: warning: region 'EU_LEGACY_SCC_PERIOD' is empty on 2026-11-28
  175 | region EU_LEGACY_SCC_PERIOD "When the pre-2021 SCCs still counted" = {
      |        ^~~~~~~~~~~~~~~~~~~~
--- exit 0
