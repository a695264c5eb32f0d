$ residency test examples/
15 passed, 0 failed
--- stderr
--- exit 0
