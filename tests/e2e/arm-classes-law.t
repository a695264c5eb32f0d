$ residency check --as-of 2026-12-01 --region westeurope --classes tests/classes/arm-law.classes.yaml tests/arm/estate.json
tests/arm/estate.json: warning: [unused-classes-entry] --classes entry 'nosuch*' (tests/classes/arm-law.classes.yaml:11:12) matches no resource of the plan (nosuch*)
tests/arm/estate.json:59:5: waived error: [unmodelled-resource] portal (Microsoft.Web/sites) carries data classes, but residency does not model where a Microsoft.Web/sites keeps its data (portal)
    waived: The portal keeps no data; sessions only (PRIV-21) (expires 2027-01-31)
0 errors, 1 warning, 0 infos, 1 waived; 7 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 0
