#!/usr/bin/env bash
# RandomKeys benchmark: one command, from a clean clone.
#   bash Benchmarks/randomkeys/run.sh            (RK_BENCH_N=100000000 elements by default)
# Builds the Swift benchmark in release mode for this CPU (-target-cpu native), installs numpy
# and jax (CPU) into <repo>/.venv-bench (gitignored), measures RandomKeys, numpy (PCG64 and
# Philox), jax (jit, compile excluded, block_until_ready) and memset in the same run, and
# prints the figures with ratios, then how far RandomKeys' float32 normal is from jax's (ulp).
# RK_BENCH_CLOCK=cpu times with thread CPU time instead of wall time (on a busy machine).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
n="${RK_BENCH_N:-100000000}"
repeats="${RK_BENCH_REPEATS:-3}"

# A throwaway package in .build-bench/ (gitignored) that builds only RandomKeys + rkbench,
# without resolving the analyzer's dependencies.
pkg="$repo/.build-bench/pkg"
mkdir -p "$pkg/Sources"
ln -sfn "$repo/Sources/RandomKeys" "$pkg/Sources/RandomKeys"
ln -sfn "$here/Sources/rkbench" "$pkg/Sources/rkbench"
cat > "$pkg/Package.swift" <<'SWIFT'
// swift-tools-version: 6.1
import PackageDescription
let package = Package(
    name: "rkbench",
    targets: [
        .target(name: "RandomKeys", path: "Sources/RandomKeys"),
        .executableTarget(name: "rkbench", dependencies: ["RandomKeys"], path: "Sources/rkbench"),
    ]
)
SWIFT
echo "== building rkbench (release, -target-cpu native)" >&2
swift build --package-path "$pkg" -c release -Xswiftc -target-cpu -Xswiftc native >&2
bin="$(swift build --package-path "$pkg" -c release -Xswiftc -target-cpu -Xswiftc native --show-bin-path)/rkbench"

echo "== python venv (numpy, jax)" >&2
python="$(bash "$here/setup-venv.sh")"

echo "== RandomKeys (n=$n)" >&2
swift_json="$(RK_BENCH_N="$n" RK_BENCH_REPEATS="$repeats" "$bin")"
echo "== numpy / jax (n=$n)" >&2
py_json="$("$python" "$here/bench.py" "$n" "$repeats")"

"$python" "$here/report.py" "$swift_json" "$py_json"
echo
"$python" "$here/normal_ulp.py" "$bin" "${RK_ULP_COUNT:-1000000}"
