$ residency where -p examples/acme.rpl customer_record with encrypted at_rest --as-of 2026-11-28
customer_record may be stored in (as of 2026-11-28, with encrypted at_rest):
countries (39):
  ACME_HOME
locations (119):
  aws: aws-eusc, aws-iso-e, eu-central-1, eu-central-2, eu-isoe-west-1,
       eu-north-1, eu-south-1, eu-south-2, eu-west-1, eu-west-2, eu-west-3,
       eusc-de-east-1
  azure: austriaeast, belgiumcentral, denmarkeast, europe, france,
         francecentral, francesouth, germany, germanynorth, germanywestcentral,
         italy, italynorth, northeurope, norway, norwayeast, norwaywest,
         poland, polandcentral, spain, spaincentral, sweden, swedencentral,
         swedensouth, switzerland, switzerlandnorth, switzerlandwest, uk,
         uksouth, ukwest, westeurope
  gcp: EU, EUR4, EUR5, EUR7, EUR8, eur3, europe-central2, europe-north1,
       europe-north2, europe-southwest1, europe-west1, europe-west10,
       europe-west12, europe-west2, europe-west3, europe-west4, europe-west6,
       europe-west8, europe-west9
  oci: eu-amsterdam-1, eu-budapest-1, eu-crissier-1, eu-dcc-dublin-1,
       eu-dcc-dublin-2, eu-dcc-milan-1, eu-dcc-milan-2, eu-dcc-rating-1,
       eu-dcc-rating-2, eu-dcc-rome-1, eu-dcc-zurich-1, eu-dublin-3,
       eu-frankfurt-1, eu-frankfurt-2, eu-madrid-1, eu-madrid-2, eu-madrid-3,
       eu-marseille-1, eu-milan-1, eu-milan-2, eu-paris-1, eu-stockholm-1,
       eu-turin-1, eu-zurich-1, uk-cardiff-1, uk-gov-cardiff-1,
       uk-gov-london-1, uk-london-1
  vendor: aleph-alpha, amplitude-eu, atlassian-eu, azure-openai-datazone-eu,
          bedrock-eu, brevo, datadog-eu, deepl, freshdesk-eu, github-eu,
          hubspot-eu, intercom-eu, klarna-eu, mailgun-eu, mistral, mixpanel-eu,
          mollie, newrelic-eu, openai-eu, pipedrive-eu, plausible, posthog-eu,
          salesforce-eu, segment-eu, sendgrid-eu, sentry-eu, slack-de,
          vertex-ai-eu, zendesk-eu, zoho-eu
--- stderr
--- exit 0
