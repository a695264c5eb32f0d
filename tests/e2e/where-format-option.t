$ residency where --format=json personal
--- stderr
residency: error: unknown option '--format'
Try 'residency help where'.
--- exit 2
