$ residency import onetrust x.csv
--- stderr
residency: error: unknown import 'onetrust' (expected fides or subprocessors)
Try 'residency help import'.
--- exit 2
