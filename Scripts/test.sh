#!/usr/bin/env bash
# The test command (README, CI): installs the test clients that are missing, builds with the
# import check DESIGN asks for, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python3 -c 'import jsonschema, rfc3986_validator' 2>/dev/null; then
  echo "installing the SARIF schema validator (jsonschema[format-nongpl]) for the SARIF test"
  python3 -m pip install --quiet --disable-pip-version-check 'jsonschema[format-nongpl]==4.26.0'
fi

swift build --build-tests --explicit-target-dependency-import-check error
swift test --skip-build
