$ residency check -p examples/acme.rpl -f xml examples/plan.yaml
--- stderr
residency: error: unknown format 'xml' (expected text, json, sarif, junit, github, markdown, codequality or html)
Try 'residency help check'.
--- exit 2
