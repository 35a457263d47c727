#!/usr/bin/env bash
# Creates <repo>/.venv-bench with numpy and jax (CPU) from PyPI, once. Prints the venv's python.
# jax >= 0.11 needs Python >= 3.12: use a 3.12+ interpreter if one runs, else the newest
# python3 and whatever jax version pip can install for it.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="$repo/.venv-bench"

pick_python() {
    local c
    for c in python3.12 python3.13 python3.14 \
             "$HOME"/.pyenv/versions/3.12*/bin/python3.12 "$HOME"/.pyenv/versions/3.13*/bin/python3.13 \
             /usr/bin/python3.12 /usr/local/bin/python3.12 python3; do
        if "$c" -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 9) else 1)' >/dev/null 2>&1; then
            echo "$c"; return 0
        fi
    done
    return 1
}

if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import numpy, jax' >/dev/null 2>&1; then
    py="$(pick_python)" || { echo "no usable python3 found" >&2; exit 1; }
    echo "creating $venv with $("$py" --version 2>&1)" >&2
    rm -rf "$venv"
    "$py" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip >&2 || true
    "$venv/bin/python" -m pip install --quiet numpy "jax[cpu]" >&2 || "$venv/bin/python" -m pip install --quiet numpy jax jaxlib >&2
fi
echo "$venv/bin/python"
