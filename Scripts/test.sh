#!/usr/bin/env bash
# The test command (README, CI): installs the test clients that are missing, builds with the
# import check DESIGN asks for, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use: libclang (the C front end loads it at run time), python3-venv
# and git (pre-commit and pytest-lsp run from venvs under .build), neovim (a real LSP client).
missing=()
libclang=$(ls /usr/lib/llvm-*/lib/libclang.so* /usr/lib/llvm-*/lib/libclang-[0-9]*.so* /usr/lib/*-linux-gnu/libclang-[0-9]*.so* 2>/dev/null || true)
[ -n "$libclang" ] || missing+=(libclang-dev)
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
command -v git >/dev/null || missing+=(git)
command -v nvim >/dev/null || missing+=(neovim)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} for the tests"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# C compilers for RandomKeys' C-twin tests (gcc, g++ and clang builds of randomkeys.h).
ccs=()
command -v gcc >/dev/null || ccs+=(gcc)
command -v g++ >/dev/null || ccs+=(g++)
command -v clang >/dev/null && command -v clang++ >/dev/null || ccs+=(clang)
if [ ${#ccs[@]} -gt 0 ]; then
  echo "installing ${ccs[*]} for the C-twin tests"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${ccs[@]}" >/dev/null
fi

# The SARIF test validates against the OASIS schema, with the `uri` format checker active.
if ! python3 -c 'import jsonschema, rfc3986_validator' 2>/dev/null; then
  echo "installing the SARIF schema validator (jsonschema[format-nongpl])"
  python3 -m pip install --quiet --disable-pip-version-check 'jsonschema[format-nongpl]==4.26.0'
fi

swift build --build-tests --explicit-target-dependency-import-check error
# The release artifacts' layout, from the debug build (a release build takes ~10 minutes): relinks
# randlint with the Swift runtime inside, then writes the archive and the wheel that
# Tests/dist/run.sh and the pre-commit wheel hook test (RandLintIntegrationTests) install and run.
rm -rf .build/dist-test
packaging_started=$SECONDS
bash Scripts/release.sh --debug --out .build/dist-test
echo "packaged the debug build in $((SECONDS - packaging_started)) s"
swift test --skip-build
