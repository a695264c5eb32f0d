$ residency explain -f json 'store of personal at DE'
--- stderr
residency: error: unknown option '-f'
Try 'residency help explain'.
--- exit 2
