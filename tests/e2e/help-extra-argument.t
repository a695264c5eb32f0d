$ residency help check lint
--- stderr
residency: error: unexpected argument 'lint'
Try 'residency help help'.
--- exit 2
