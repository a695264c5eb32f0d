$ residency check --as-of 2026-11-28 -p examples/acme.rpl -f junit examples/plan.yaml
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="residency" tests="10" failures="3" errors="0" skipped="1">
  <testsuite name="examples/plan.yaml" tests="10" failures="3" errors="0" skipped="1">
    <properties>
      <property name="as_of" value="2026-11-28"/>
      <property name="as_of_source" value="option"/>
    </properties>
    <testcase name="crm-db" classname="acme_home_primary" file="examples/plan.yaml" line="5"/>
    <testcase name="crm-db" classname="acme_personal_at_rest" file="examples/plan.yaml" line="5"/>
    <testcase name="crm-db (backup aws:us-east-1)" classname="eu_gdpr_transfer" file="examples/plan.yaml" line="8">
      <failure message="Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard" type="error">examples/plan.yaml:8:15: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (crm-db (backup aws:us-east-1))
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: customer_record
    pairs: DE→US
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: &lt;lib&gt;/laws/eu_gdpr.rpl:179
</failure>
    </testcase>
    <testcase name="analytics-dw" classname="acme_personal_at_rest" file="examples/plan.yaml" line="14"/>
    <testcase name="pricing-store" classname="ts_encrypted_at_rest" file="examples/plan.yaml" line="18"/>
    <testcase name="support-tickets" classname="acme_personal_at_rest" file="examples/plan.yaml" line="23">
      <skipped message="waived: Legacy ticketing system, migration tracked in SEC-311 (expires 2027-03-31, approved by security@acme.example)"/>
    </testcase>
    <testcase name="nightly-analytics" classname="eu_gdpr_transfer" file="examples/plan.yaml" line="27"/>
    <testcase name="analytics-to-india" classname="eu_gdpr_transfer" file="examples/plan.yaml" line="33">
      <failure message="Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard" type="error">examples/plan.yaml:33:5: error: [eu_gdpr_transfer] Personal data goes from the EEA (or, of EEA origin, onward) to a country without an EU adequacy decision and without a Chapter V safeguard (analytics-to-india)
    rule: Personal data leaving the EEA needs a Chapter V basis
    classes: personal
    pairs: US→IN
    failed: require mechanism in { EU_BCR, EU_CODE_OF_CONDUCT, EU_CERTIFICATION, EU_AD_HOC_CLAUSES, EU_PUBLIC_AUTHORITY_INSTRUMENT } or (via flow and mechanism EU_DEROGATION) or (to in EU_SCC_PERIOD and mechanism EU_SCC) or (to in EU_DPF_COUNTRIES and mechanism EU_DPF) or (to in EU_LEGACY_SCC_PERIOD and mechanism EU_LEGACY_SCC)
    cite: GDPR Art. 44-49
    remedy: Attest EU SCCs (with a transfer impact assessment) or BCRs; for a DPF-certified US recipient attest EU_DPF, with SCCs as a fallback while the DPF is challenged; or keep the data in the EEA or an adequate country
    policy: &lt;lib&gt;/laws/eu_gdpr.rpl:179
</failure>
    </testcase>
    <testcase name="pricing-to-shanghai" classname="acme_trade_secret_high_risk" file="examples/plan.yaml" line="38">
      <failure message="Trade secrets are sent to a country on Acme's high-risk list" type="error">examples/plan.yaml:38:5: error: [acme_trade_secret_high_risk] Trade secrets are sent to a country on Acme's high-risk list (pricing-to-shanghai)
    rule: Trade secrets never go to high-risk countries
    classes: pricing_model
    pairs: DE→CN
    failed: require false
    cite: Acme trade-secret programme, section 4
    remedy: Keep the data out of these countries; ask the security office for an exception
    policy: examples/acme.rpl:28
</failure>
    </testcase>
    <testcase name="pricing-to-shanghai" classname="ts_encrypted_in_transit" file="examples/plan.yaml" line="38"/>
  </testsuite>
</testsuites>
--- stderr
--- exit 1
