$ residency check -p examples/acme.rpl -f xml examples/plan.yaml
--- stderr
residency: error: unknown format 'xml' (expected text, json, sarif, junit, github, markdown or codequality)
Try 'residency help check'.
--- exit 2
