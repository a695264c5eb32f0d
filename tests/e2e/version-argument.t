$ residency version --short
--- stderr
residency: error: unknown option '--short'
Try 'residency help version'.
--- exit 2
