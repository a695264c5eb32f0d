$ cat examples/quickstart/plan.yaml | residency check -p examples/quickstart/policy.rpl - -
--- stderr
residency: error: standard input ('-') given twice
--- exit 2
