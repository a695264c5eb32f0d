$ residency import subprocessors -p examples/acme.rpl examples/vendors/subprocessors.csv
--- stderr
residency: error: -p, -L, --locations and --categories apply to 'import fides' only
Try 'residency help import'.
--- exit 2
