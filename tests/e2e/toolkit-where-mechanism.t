$ residency where -p examples/acme.rpl pricing_model from DE with encrypted in_transit, mechanism EU_SCC --as-of 2026-11-28
pricing_model from DE may go to (as of 2026-11-28, with encrypted in_transit, mechanism EU_SCC):
countries (241):
  all except ACME_HIGH_RISK
locations (399):
  aws: af-south-1, ap-east-1, ap-east-2, ap-northeast-1, ap-northeast-2,
       ap-northeast-3, ap-south-1, ap-south-2, ap-southeast-1, ap-southeast-2,
       ap-southeast-3, ap-southeast-4, ap-southeast-5, ap-southeast-6,
       ap-southeast-7, aws, aws-eusc, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f,
       aws-us-gov, ca-central-1, ca-west-1, eu-central-1, eu-central-2,
       eu-isoe-west-1, eu-north-1, eu-south-1, eu-south-2, eu-west-1,
       eu-west-2, eu-west-3, eusc-de-east-1, il-central-1, me-central-1,
       me-south-1, mx-central-1, sa-east-1, us-east-1, us-east-2,
       us-gov-east-1, us-gov-west-1, us-iso-east-1, us-iso-west-1,
       us-isob-east-1, us-isof-east-1, us-isof-south-1, us-west-1, us-west-2
  azure: asia, asiapacific, australia, australiacentral, australiacentral2,
         australiaeast, australiasoutheast, austriaeast, belgiumcentral,
         brazil, brazilsouth, brazilsoutheast, canada, canadacentral,
         canadaeast, centralindia, centralus, centraluseuap, chilecentral,
         denmarkeast, eastasia, eastus, eastus2, eastus2euap, europe, france,
         francecentral, francesouth, germany, germanynorth, germanywestcentral,
         india, indonesia, indonesiacentral, israel, israelcentral, italy,
         italynorth, japan, japaneast, japanwest, jioindiacentral,
         jioindiawest, korea, koreacentral, koreasouth, malaysia, malaysiawest,
         mexico, mexicocentral, newzealand, newzealandnorth, northcentralus,
         northeurope, norway, norwayeast, norwaywest, poland, polandcentral,
         qatar, qatarcentral, singapore, southafrica, southafricanorth,
         southafricawest, southcentralus, southeastasia, southindia, spain,
         spaincentral, sweden, swedencentral, swedensouth, switzerland,
         switzerlandnorth, switzerlandwest, taiwan, uae, uaecentral, uaenorth,
         uk, uksouth, ukwest, unitedstates, unitedstateseuap, usdodcentral,
         usdodeast, usgovarizona, usgovtexas, usgovvirginia, westcentralus,
         westeurope, westindia, westus, westus2, westus3
  gcp: all 58 locations
  oci: all 136 locations
  vendor: adyen, aleph-alpha, amplitude-eu, amplitude-us, anthropic,
          atlassian-eu, azure-openai-datazone-eu, azure-openai-datazone-us,
          bedrock-eu, bedrock-global, bedrock-us, brevo, cohere, datadog-eu,
          datadog-us, deepl, freshdesk-eu, freshdesk-us, github, github-eu,
          hubspot-eu, hubspot-us, intercom-au, intercom-eu, intercom-us,
          klarna-eu, mailchimp, mailgun-eu, mailgun-us, mistral, mixpanel-eu,
          mixpanel-us, mollie, newrelic-eu, newrelic-us, notion, openai,
          openai-eu, pipedrive-eu, pipedrive-us, plausible, posthog-eu,
          posthog-us, salesforce-eu, salesforce-us, segment-eu, segment-us,
          sendgrid, sendgrid-eu, sentry-eu, sentry-us, slack, slack-de, stripe,
          twilio, vertex-ai-eu, zendesk-eu, zendesk-us, zoho-eu
--- stderr
--- exit 0
