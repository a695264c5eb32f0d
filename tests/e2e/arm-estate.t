$ residency check --as-of 2026-12-01 --region westeurope tests/arm/estate.json
tests/arm/estate.json:39:11: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (profiles (replica azure:eastus))
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: NL→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    address: profiles
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: <lib>/laws/eu_gdpr.rpl:179
tests/arm/estate.json:59:5: error: [unmodelled-resource] portal (Microsoft.Web/sites) carries data classes, but residency does not model where a Microsoft.Web/sites keeps its data (portal)
2 errors, 0 warnings, 0 infos, 0 waived; 7 facts checked; as of 2026-12-01 (--as-of)
--- stderr
tests/arm/estate.json: error: could not judge portal (unknown-location or unmodelled-resource findings): exit 2 whatever --fail-on says
--- exit 2
