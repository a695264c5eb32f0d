$ residency import
--- stderr
residency: error: expected what to import: fides or subprocessors
Try 'residency help import'.
--- exit 2
