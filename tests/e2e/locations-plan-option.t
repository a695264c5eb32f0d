$ residency locations --plan
--- stderr
residency: error: unknown option '--plan'
Try 'residency help locations'.
--- exit 2
