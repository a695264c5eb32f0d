$ residency check --c Classification tests/tf/class-tag.json
--- stderr
residency: error: ambiguous option '--c' (could be --class-tag, --classes, --categories or --color)
Try 'residency help check'.
--- exit 2
