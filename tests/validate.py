#!/usr/bin/env python3
"""validate.py INSTANCE.json SCHEMA.json — check a JSON document against a
JSON Schema (any draft the schema's "$schema" names, formats checked).

Used for the json report against docs/report-schema.json and for SARIF
against tests/data/sarif-schema-2.1.0.json.

Exit status: 0 valid; 1 invalid (every error printed with its JSON path);
2 unreadable input or a broken schema; 77 the jsonschema module is
missing (the automake "skipped" code, so callers can skip cleanly).
"""
import json
import sys


def main(argv):
    if len(argv) != 3:
        print("usage: validate.py INSTANCE.json SCHEMA.json", file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError:
        print("validate.py: python3 jsonschema is not installed: skipped", file=sys.stderr)
        return 77
    try:
        with open(argv[1], encoding="utf-8") as f:
            instance = json.load(f)
        with open(argv[2], encoding="utf-8") as f:
            schema = json.load(f)
    except (OSError, ValueError) as e:
        print(f"validate.py: {e}", file=sys.stderr)
        return 2
    cls = jsonschema.validators.validator_for(schema)
    try:
        cls.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"validate.py: {argv[2]}: invalid schema: {e.message}", file=sys.stderr)
        return 2
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER
                    if hasattr(cls, "FORMAT_CHECKER") else jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))
    for e in errors:
        path = "$" + "".join(f"[{p!r}]" for p in e.absolute_path)
        print(f"{argv[1]}: {path}: {e.message}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
