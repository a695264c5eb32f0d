$ residency test examples/
27 passed, 0 failed
--- stderr
--- exit 0
