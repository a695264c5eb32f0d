$ residency test examples/
36 passed, 0 failed
--- stderr
--- exit 0
