#!/usr/bin/env bash
# Prints the path of the Python venv holding the third-party tools the integration tests run
# (pinned, from PyPI): pre-commit, and check-jsonschema with its vendored GitHub schemas.
# Created on first use under .build/precommit-venv (PRECOMMIT_VENV overrides), then reused.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VENV="${PRECOMMIT_VENV:-$ROOT/.build/precommit-venv}"
PRE_COMMIT_VERSION=4.7.0
CHECK_JSONSCHEMA_VERSION=0.39.0
mkdir -p "$(dirname "$VENV")"
exec 8>"$VENV.lock"   # one installer at a time
flock 8
if ! "$VENV/bin/pre-commit" --version 2>/dev/null | grep -qx "pre-commit $PRE_COMMIT_VERSION" \
   || ! "$VENV/bin/check-jsonschema" --version 2>/dev/null | grep -q "version $CHECK_JSONSCHEMA_VERSION\$"; then
  echo "installing pre-commit $PRE_COMMIT_VERSION and check-jsonschema $CHECK_JSONSCHEMA_VERSION into $VENV" >&2
  [ -x "$VENV/bin/pip" ] || python3 -m venv "$VENV" >&2
  "$VENV/bin/pip" install --quiet --disable-pip-version-check \
    "pre-commit==$PRE_COMMIT_VERSION" "check-jsonschema==$CHECK_JSONSCHEMA_VERSION" >&2
fi
echo "$VENV"
