$ residency diff policies/default.rpl examples/acme.rpl --class-tag Classification
--- stderr
residency: error: --class-tag, --classes and --max-input-size need --plan
Try 'residency help diff'.
--- exit 2
