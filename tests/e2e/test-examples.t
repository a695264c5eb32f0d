$ residency test examples/
4 passed, 0 failed
--- stderr
--- exit 0
