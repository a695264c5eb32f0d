$ residency check -p examples/quickstart/policy.rpl -f junit --fail-on never examples/quickstart/plan.yaml
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="residency" tests="3" failures="0" errors="0" skipped="0">
  <testsuite name="examples/quickstart/plan.yaml" tests="3" failures="0" errors="0" skipped="0">
    <properties>
      <property name="as_of" value="2026-12-07"/>
      <property name="as_of_source" value="today"/>
    </properties>
    <testcase name="orders" classname="customers_in_eu" file="examples/quickstart/plan.yaml" line="4"/>
    <testcase name="orders-replica" classname="customers_in_eu" file="examples/quickstart/plan.yaml" line="7">
      <system-out>examples/quickstart/plan.yaml:7:5: error: [customers_in_eu] A customer database is outside the EU (orders-replica)
    rule: Customer databases are in the EU
    classes: customer
    store: aws:us-east-1 (US)
    failed: require primary in EU
    remedy: Move it to an EU region
    policy: examples/quickstart/policy.rpl:6
</system-out>
    </testcase>
    <testcase name="nightly-export" classname="eu_gdpr_transfer" file="examples/quickstart/plan.yaml" line="11">
      <system-out>examples/quickstart/plan.yaml:11:5: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (nightly-export)
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: customer
    pairs: DE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: &lt;lib&gt;/laws/eu_gdpr.rpl:179
</system-out>
    </testcase>
  </testsuite>
</testsuites>
--- stderr
--- exit 0
