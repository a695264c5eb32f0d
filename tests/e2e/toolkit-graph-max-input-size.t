$ residency graph --max-input-size 100 tests/tf/class-tag.json
--- stderr
tests/tf/class-tag.json: error: input too large (the limit is 100 bytes, see --max-input-size)
--- exit 2
