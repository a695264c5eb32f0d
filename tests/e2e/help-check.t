$ residency help check
usage: residency check [-p POLICY]... [options] PLAN|DIR|-...

Evaluate plans (YAML, Terraform plan JSON, CloudFormation, CDK, ARM,
AWS Config, Fides data maps) against the policy: files, the plans
(*.yaml, *.yml, *.json) of directories, '-' for standard input.
Options not given are taken from .residency.yaml, searched for from the
working directory upward.

  -p, --policy FILE     policy file (repeatable; default: the built-in library)
  -L, --lib DIR         library directory for imports (repeatable)
      --as-of DATE      evaluation date, YYYY-MM-DD (default: today, UTC);
                        'plan': each plan's as_of, else today
  -f, --format FORMAT   text, json, sarif, junit, github, markdown,
                        codequality or html (default text)
  -o, --output [FORMAT=]FILE  write a report to FILE atomically, in FORMAT
                        or -f's (repeatable; one summary line on stderr)
      --fail-on LEVEL   error, warning, info or never (default error)
      --warn-expiring DAYS  warn about attestations and waivers expiring
                        within DAYS (default 30)
      --baseline FILE   report and fail only on findings not in FILE (an
                        earlier json or sarif report)
      --base-dir DIR    paths in sarif, codequality and fingerprints are
                        relative to DIR (default: the working directory)
      --recursive       directories: also the plans of their subdirectories
      --no-config       do not read .residency.yaml
      --class-tag KEY   tag or label holding data classes (default data-classes)
      --classes FILE    YAML mapping of resource addresses to classes (every
                        format but YAML plans and Fides)
      --default-region PROVIDER=REGION  Terraform, its state, Pulumi: region of a
                        provider that sets none (aws, google; azure for Pulumi Azure
                        Native), e.g. from AWS_REGION (repeatable); CloudFormation
                        (aws=) and ARM (azure=) when --region is not given
      --require-classes unclassified data stores are errors
      --input-format NAME  yaml, terraform, terraform-state, cloudformation,
                        arm, aws-config, pulumi, fides or gcp-asset
                        (default: detected)
      --max-input-size BYTES  refuse larger plans (default 1073741824)
      --region REGION   CloudFormation: the stack's region; ARM: the resource group's
      --locations FILE  Fides: YAML mapping of system fides_keys to locations
      --categories FILE  Fides: YAML mapping of data categories to classes
                        (default: the built-in mapping)
      --color WHEN      auto, always or never (default auto)
  -q, --quiet           text: print only the summary line
  -v, --verbose         text: end with the standard library's "current to" date

exit status: 0 no finding at or above --fail-on, 1 findings, 2 error
--- stderr
--- exit 0
