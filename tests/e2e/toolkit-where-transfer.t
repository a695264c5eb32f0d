$ residency where personal from DE --as-of 2026-11-28
personal from DE may go to (as of 2026-11-28):
countries (52):
  EU_FREE_FLOW
locations (180):
  aws: ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-southeast-6,
       aws-eusc, aws-iso-e, ca-central-1, ca-west-1, eu-central-1,
       eu-central-2, eu-isoe-west-1, eu-north-1, eu-south-1, eu-south-2,
       eu-west-1, eu-west-2, eu-west-3, eusc-de-east-1, il-central-1, sa-east-1
  azure: austriaeast, belgiumcentral, brazil, brazilsouth, brazilsoutheast,
         canada, canadacentral, canadaeast, denmarkeast, europe, france,
         francecentral, francesouth, germany, germanynorth, germanywestcentral,
         israel, israelcentral, italy, italynorth, japan, japaneast, japanwest,
         korea, koreacentral, koreasouth, newzealand, newzealandnorth,
         northeurope, norway, norwayeast, norwaywest, poland, polandcentral,
         spain, spaincentral, sweden, swedencentral, swedensouth, switzerland,
         switzerlandnorth, switzerlandwest, uk, uksouth, ukwest, westeurope
  gcp: ASIA1, EU, EUR4, EUR5, EUR7, EUR8, asia-northeast1, asia-northeast2,
       asia-northeast3, eur3, europe-central2, europe-north1, europe-north2,
       europe-southwest1, europe-west1, europe-west10, europe-west12,
       europe-west2, europe-west3, europe-west4, europe-west6, europe-west8,
       europe-west9, me-west1, northamerica-northeast1,
       northamerica-northeast2, southamerica-east1
  oci: ap-chiyoda-1, ap-chuncheon-1, ap-chuncheon-2, ap-dcc-osaka-1,
       ap-dcc-tokyo-1, ap-eastosaka-1, ap-hobsonville-1, ap-ibaraki-1,
       ap-kyoto-1, ap-mitaka-1, ap-osaka-1, ap-osaka-2, ap-seoul-1, ap-seoul-2,
       ap-silverdale-1, ap-suwon-1, ap-tatebayashi-1, ap-tokyo-1, ap-tokyo-2,
       ap-westtokyo-1, ca-montreal-1, ca-toronto-1, eu-amsterdam-1,
       eu-budapest-1, eu-crissier-1, eu-dcc-dublin-1, eu-dcc-dublin-2,
       eu-dcc-milan-1, eu-dcc-milan-2, eu-dcc-rating-1, eu-dcc-rating-2,
       eu-dcc-rome-1, eu-dcc-zurich-1, eu-dublin-3, eu-frankfurt-1,
       eu-frankfurt-2, eu-madrid-1, eu-madrid-2, eu-madrid-3, eu-marseille-1,
       eu-milan-1, eu-milan-2, eu-paris-1, eu-stockholm-1, eu-turin-1,
       eu-zurich-1, il-jerusalem-1, sa-belenzinho-1, sa-riodejaneiro-1,
       sa-riodejaneiro-2, sa-saopaulo-1, sa-saopaulo-3, sa-vinhedo-1,
       uk-cardiff-1, uk-gov-cardiff-1, uk-gov-london-1, uk-london-1
  vendor: aleph-alpha, amplitude-eu, atlassian-eu, azure-openai-datazone-eu,
          bedrock-eu, brevo, datadog-eu, deepl, freshdesk-eu, github-eu,
          hubspot-eu, intercom-eu, klarna-eu, mailgun-eu, mistral, mixpanel-eu,
          mollie, newrelic-eu, openai-eu, pipedrive-eu, plausible, posthog-eu,
          salesforce-eu, segment-eu, sendgrid-eu, sentry-eu, slack-de,
          vertex-ai-eu, zendesk-eu, zoho-eu
--- stderr
--- exit 0
