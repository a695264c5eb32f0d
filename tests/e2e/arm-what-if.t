$ residency check --as-of 2026-12-01 tests/arm/what-if.json
tests/arm/what-if.json:10:5: error: [br_lgpd_transfer] Personal data from Brazil goes to a country without an ANPD adequacy decision and without an Art. 33 basis (orders (backup azure:southcentralus))
    rule: Personal data leaving Brazil needs an LGPD transfer mechanism
    classes: personal
    pairs: BR→US
    failed: require (to in BR_RES19_PERIOD and mechanism in { BR_SCC, BR_BCR, BR_SPECIFIC_CLAUSES, BR_FOREIGN_SCC }) or (via flow and mechanism in { BR_SPECIFIC_CONSENT, BR_DEROGATION })
    address: orders
    cite: LGPD Art. 33; Resolution CD/ANPD No. 19/2024
    remedy: Incorporate the ANPD standard contractual clauses unchanged (or use ANPD-approved specific clauses or global corporate rules), rely on specific consent or another Art. 33 basis for an occasional flow, or keep the data in Brazil or the EEA
    policy: <lib>/laws/br_lgpd.rpl:85
1 error, 0 warnings, 0 infos, 0 waived; 4 facts checked; as of 2026-12-01 (--as-of)
--- stderr
--- exit 1
