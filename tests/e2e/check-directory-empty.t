$ residency check -q tests/e2e/data/tree/sub/.. tests/fmt
--- stderr
residency: error: no plans (*.yaml, *.yml, *.json) in 'tests/fmt' (--recursive looks in its subdirectories too)
--- exit 2
