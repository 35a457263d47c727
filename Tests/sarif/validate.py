#!/usr/bin/env python3
"""Validate SARIF logs against the OASIS SARIF 2.1.0 (Errata 01) schema.

Usage: python3 Tests/sarif/validate.py FILE [FILE...]

The schema is the copy beside this script, Tests/sarif/sarif-schema-2.1.0.json (its origin is
in Tests/sarif/README.md; RANDLINT_SARIF_SCHEMA overrides it), so the tests need nothing outside
the repository. Validation uses jsonschema's Draft7Validator WITH a format checker, and this
script refuses to run unless the `uri` / `uri-reference` checkers are active: without
rfc3986-validator, jsonschema silently accepts malformed URIs (INTEGRATIONS §1.1).

Exit codes: 0 valid, 1 schema errors, 2 usage or unreadable input, 3 missing dependencies.
"""
import json
import os
import sys
from pathlib import Path

INSTALL = "pip install 'jsonschema[format-nongpl]'"


def fail_dependency(message):
    print(f"validate.py: {message}; install it with: {INSTALL}", file=sys.stderr)
    sys.exit(3)


try:
    from jsonschema import Draft4Validator, Draft7Validator
except ImportError:
    fail_dependency("the Python package 'jsonschema' is missing")

try:
    import rfc3986_validator  # noqa: F401  (what jsonschema uses for the uri formats)
except ImportError:
    fail_dependency("the Python package 'rfc3986-validator' is missing, so jsonschema would not check 'uri' formats")


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    schema_path = Path(os.environ.get("RANDLINT_SARIF_SCHEMA",
                                      Path(__file__).resolve().parent / "sarif-schema-2.1.0.json"))
    try:
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
    except OSError as e:
        print(f"validate.py: cannot read the SARIF schema {schema_path}: {e.strerror}", file=sys.stderr)
        return 2
    Draft7Validator.check_schema(schema)
    Draft4Validator.check_schema(schema)

    checker = Draft7Validator.FORMAT_CHECKER
    for fmt in ("uri", "uri-reference"):
        if fmt not in checker.checkers:
            fail_dependency(f"jsonschema has no '{fmt}' format checker")
    # Prove the checker is live, not merely registered.
    if checker.conforms("not a uri with spaces", "uri"):
        fail_dependency("the 'uri' format checker accepts 'not a uri with spaces'")
    validator = Draft7Validator(schema, format_checker=checker)

    total = 0
    for name in argv[1:]:
        try:
            with open(name, encoding="utf-8") as f:
                doc = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{name}: cannot read JSON: {e}", file=sys.stderr)
            return 2
        errors = sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])
        for e in errors:
            print("/".join(map(str, e.absolute_path)), ":", e.message)
        print(f"{name}: {len(errors)} error(s)")
        total += len(errors)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
