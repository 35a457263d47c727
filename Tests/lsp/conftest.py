"""Shared settings for the pytest-lsp suite: which server binary to run.

RANDLINT_BIN names the binary (the XCTest runner sets it to the one next to the test bundle);
otherwise .build/debug/randlint of this checkout is used.
"""
import os
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("RANDLINT_BIN") or str(ROOT / ".build" / "debug" / "randlint")
SERVER = [BINARY, "lsp"]
