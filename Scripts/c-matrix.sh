#!/usr/bin/env bash
# The whole C-twin matrix: randomkeys.h built with gcc/g++ and clang/clang++, in the default C
# dialect, C99, C11, gnu11, C++11, C++14 and C++17, at -O0..-O3, with and without
# -march=native (112 builds, all with -Wall -Wextra -Wpedantic -Werror -Wcast-align
# -Wconversion), each run on 430 keys and compared line by line with the Swift library.
# CI runs three of these builds (CTwinTests.ciBuilds); this script runs them all. A compiler
# missing from PATH fails the run (Scripts/test.sh installs gcc, g++ and clang).
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --build-tests --explicit-target-dependency-import-check error
RK_C_MATRIX=full swift test --skip-build --filter 'RandomKeysTests.CTwinTests/testCTwinMatchesSwift'
