$ residency rules x
--- stderr
residency: error: unexpected argument 'x'
Try 'residency help rules'.
--- exit 2
