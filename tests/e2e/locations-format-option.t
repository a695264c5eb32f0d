$ residency locations -f json
--- stderr
residency: error: unknown option '-f'
Try 'residency help locations'.
--- exit 2
