$ residency check --help
usage: residency check [-p POLICY]... [options] PLAN...

Evaluate plans (YAML or Terraform plan JSON) against the policy.

  -p, --policy FILE     policy file (repeatable; default: the built-in library)
  -L, --lib DIR         library directory for imports (repeatable)
      --as-of DATE      evaluation date, YYYY-MM-DD (default: the plan's
                        as_of, else today, UTC)
  -f, --format FORMAT   text, json, sarif, junit, github or markdown (default text)
  -o, --output FILE     write the report to FILE atomically
      --fail-on LEVEL   error, warning, info or never (default error)
      --warn-expiring DAYS  warn about attestations and waivers expiring
                        within DAYS (default 30)
      --class-tag KEY   Terraform: tag or label holding data classes
                        (default data-classes)
      --classes FILE    Terraform: YAML mapping of resource addresses to classes
      --max-input-size BYTES  refuse larger plans (default 1073741824)
      --color WHEN      auto, always or never (default auto)
  -q, --quiet           text: print only the summary line
  -v, --verbose         text: end with the standard library's "current to" date

exit status: 0 no finding at or above --fail-on, 1 findings, 2 error
--- stderr
--- exit 0
