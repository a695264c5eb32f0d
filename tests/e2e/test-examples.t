$ residency test examples/
24 passed, 0 failed
--- stderr
--- exit 0
