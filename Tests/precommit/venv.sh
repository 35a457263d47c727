#!/usr/bin/env bash
# Prints the path of the Python venv holding the third-party tools the integration tests run
# (pinned, from PyPI): pre-commit, check-jsonschema with its vendored GitHub schemas, and
# auditwheel (reads the platform tag a wheel's binary allows).
# Created on first use under .build/precommit-venv (PRECOMMIT_VENV overrides), then reused.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VENV="${PRECOMMIT_VENV:-$ROOT/.build/precommit-venv}"
PRE_COMMIT_VERSION=4.7.0
CHECK_JSONSCHEMA_VERSION=0.39.0
AUDITWHEEL_VERSION=6.8.2
mkdir -p "$(dirname "$VENV")"
exec 8>"$VENV.lock"   # one installer at a time
flock 8
if ! "$VENV/bin/pre-commit" --version 2>/dev/null | grep -qx "pre-commit $PRE_COMMIT_VERSION" \
   || ! "$VENV/bin/check-jsonschema" --version 2>/dev/null | grep -q "version $CHECK_JSONSCHEMA_VERSION\$" \
   || ! "$VENV/bin/auditwheel" --version 2>/dev/null | grep -q "^auditwheel $AUDITWHEEL_VERSION "; then
  echo "installing pre-commit $PRE_COMMIT_VERSION, check-jsonschema $CHECK_JSONSCHEMA_VERSION and auditwheel $AUDITWHEEL_VERSION into $VENV" >&2
  [ -x "$VENV/bin/pip" ] || python3 -m venv "$VENV" >&2
  "$VENV/bin/pip" install --quiet --disable-pip-version-check \
    "pre-commit==$PRE_COMMIT_VERSION" "check-jsonschema==$CHECK_JSONSCHEMA_VERSION" "auditwheel==$AUDITWHEEL_VERSION" >&2
fi
echo "$VENV"
