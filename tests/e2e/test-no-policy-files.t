$ residency test tests/tf
--- stderr
residency: error: no policy files to test
--- exit 2
