$ residency import fides
--- stderr
residency: error: no Fides file or directory given
Try 'residency help import'.
--- exit 2
