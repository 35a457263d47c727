#!/usr/bin/env bash
# The test command (README, CI): installs the test clients that are missing, builds with the
# import check DESIGN asks for, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# The C front end loads libclang at run time; its tests need it (Debian: libclang-dev, LLVM 14).
libclang=$(ls /usr/lib/llvm-*/lib/libclang.so* /usr/lib/llvm-*/lib/libclang-[0-9]*.so* /usr/lib/*-linux-gnu/libclang-[0-9]*.so* 2>/dev/null || true)
if [ -z "$libclang" ]; then
  echo "installing libclang-dev for the C front end's tests"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libclang-dev >/dev/null
fi

if ! python3 -c 'import jsonschema, rfc3986_validator' 2>/dev/null; then
  echo "installing the SARIF schema validator (jsonschema[format-nongpl]) for the SARIF test"
  python3 -m pip install --quiet --disable-pip-version-check 'jsonschema[format-nongpl]==4.26.0'
fi

# The integration tests (Tests/RandLintIntegrationTests) install pre-commit and check-jsonschema
# from PyPI into a venv under .build (Tests/precommit/venv.sh) and drive git.
if ! python3 -c 'import venv, ensurepip' 2>/dev/null || ! command -v git >/dev/null; then
  echo "installing python3-venv and git for the integration tests"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv git >/dev/null
fi

swift build --build-tests --explicit-target-dependency-import-check error
swift test --skip-build
