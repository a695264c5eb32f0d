$ d=$(mktemp -d); residency check -p examples/quickstart/policy.rpl -f github -o sarif=$d/r.sarif examples/quickstart/plan.yaml 2>$d/log; echo "exit $?"; sed "s|$d|DIR|g" $d/log; rm -rf $d
::error file=examples/quickstart/plan.yaml,line=7,col=5,title=customers_in_eu::A customer database is outside the EU (orders-replica)%0Arule: Customer databases are in the EU%0Aclasses: customer%0Astore: aws:us-east-1 (US)%0Afailed: require primary in EU%0Aremedy: Move it to an EU region%0Apolicy: examples/quickstart/policy.rpl:6
::error file=examples/quickstart/plan.yaml,line=11,col=5,title=eu_gdpr_transfer::Personal data from the EEA goes to a country without an EU adequacy decision and without a Chapter V safeguard (nightly-export)%0Arule: Personal data leaving the EEA needs a Chapter V basis%0Aclasses: customer%0Apairs: DE→US%0Afailed: require mechanism in { EU_SCC, EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT, EU_DEROGATION } or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)%0Acite: GDPR Art. 44-49%0Aremedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country%0Apolicy: <lib>/laws/eu_gdpr.rpl:114
residency: 2 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked
exit 1
residency: 2 errors, 0 warnings, 0 infos, 0 waived; 3 facts checked; report in DIR/r.sarif
--- stderr
--- exit 0
