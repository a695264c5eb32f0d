$ residency locations --provider aws --as-of 2026-11-28
aws:af-south-1       ZA  operator US  Cape Town, South Africa
aws:ap-east-1        HK  operator US  Hong Kong
aws:ap-east-2        TW  operator US  Taipei, Taiwan
aws:ap-northeast-1   JP  operator US  Tokyo, Japan
aws:ap-northeast-2   KR  operator US  Seoul, South Korea
aws:ap-northeast-3   JP  operator US  Osaka, Japan
aws:ap-south-1       IN  operator US  Mumbai, India
aws:ap-south-2       IN  operator US  Hyderabad, India
aws:ap-southeast-1   SG  operator US  Singapore
aws:ap-southeast-2   AU  operator US  Sydney, Australia
aws:ap-southeast-3   ID  operator US  Jakarta, Indonesia
aws:ap-southeast-4   AU  operator US  Melbourne, Australia
aws:ap-southeast-5   MY  operator US  Malaysia
aws:ap-southeast-6   NZ  operator US  Auckland, New Zealand
aws:ap-southeast-7   TH  operator US  Thailand
aws:aws              AE,AU,BH,BR,CA,CH,DE,ES,FR,GB,HK,ID,IE,IL,IN,IT,JP,KR,MX,MY,NZ,SE,SG,TH,TW,US,ZA  operator US  Multi-region aws
aws:aws-cn           CN  operator CN  China (sovereign/dedicated)
aws:aws-eusc         DE  operator DE  Germany (sovereign/dedicated)
aws:aws-iso          US  operator US  United States (government)
aws:aws-iso-b        US  operator US  United States (government)
aws:aws-iso-e        GB  operator US  United Kingdom (government)
aws:aws-iso-f        US  operator US  United States (government)
aws:aws-us-gov       US  operator US  United States (government)
aws:ca-central-1     CA  operator US  Montreal, Canada
aws:ca-west-1        CA  operator US  Calgary, Canada
aws:cn-north-1       CN  operator CN  Beijing, China (sovereign/dedicated)
aws:cn-northwest-1   CN  operator CN  Ningxia, China (sovereign/dedicated)
aws:eu-central-1     DE  operator US  Frankfurt, Germany
aws:eu-central-2     CH  operator US  Zurich, Switzerland
aws:eu-isoe-west-1   GB  operator US  United Kingdom (government)
aws:eu-north-1       SE  operator US  Stockholm, Sweden
aws:eu-south-1       IT  operator US  Milan, Italy
aws:eu-south-2       ES  operator US  Aragon, Spain
aws:eu-west-1        IE  operator US  Dublin, Ireland
aws:eu-west-2        GB  operator US  London, United Kingdom
aws:eu-west-3        FR  operator US  Paris, France
aws:eusc-de-east-1   DE  operator DE  Brandenburg, Germany (sovereign/dedicated)
aws:il-central-1     IL  operator US  Tel Aviv, Israel
aws:me-central-1     AE  operator US  United Arab Emirates
aws:me-south-1       BH  operator US  Bahrain
aws:mx-central-1     MX  operator US  Queretaro, Mexico
aws:sa-east-1        BR  operator US  Sao Paulo, Brazil
aws:us-east-1        US  operator US  Northern Virginia, United States
aws:us-east-2        US  operator US  Ohio, United States
aws:us-gov-east-1    US  operator US  United States (government)
aws:us-gov-west-1    US  operator US  United States (government)
aws:us-iso-east-1    US  operator US  United States (government)
aws:us-iso-west-1    US  operator US  United States (government)
aws:us-isob-east-1   US  operator US  Ohio, United States (government)
aws:us-isof-east-1   US  operator US  United States (government)
aws:us-isof-south-1  US  operator US  United States (government)
aws:us-west-1        US  operator US  Northern California, United States
aws:us-west-2        US  operator US  Oregon, United States
--- stderr
--- exit 0
