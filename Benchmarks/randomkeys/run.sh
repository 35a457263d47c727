#!/usr/bin/env bash
# RandomKeys benchmark: one command, from a clean clone.
#   bash Benchmarks/randomkeys/run.sh            (RK_BENCH_N=100000000 elements by default)
# Builds the Swift benchmark twice in release mode: as a user's plain `swift build -c release`
# (what users get; the bulk kernels choose AVX2 / AVX-512 at run time) and with -target-cpu
# native (RK_BENCH_NATIVE=0 skips it); installs numpy and jax (CPU) into <repo>/.venv-bench
# (gitignored); measures RandomKeys, numpy (PCG64 and Philox), jax (jit, compile excluded,
# block_until_ready) and memset in the same run, and prints the figures with ratios, then how
# far RandomKeys' float32 normal is from jax's (ulp).
# RK_BENCH_CLOCK=cpu times with CPU time instead of wall time (on a busy machine).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
n="${RK_BENCH_N:-100000000}"
repeats="${RK_BENCH_REPEATS:-3}"

# A throwaway package in .build-bench/ (gitignored) that builds only RandomKeys + rkbench,
# without resolving the analyzer's dependencies; each build in its own scratch directory.
pkg="$repo/.build-bench/pkg"
mkdir -p "$pkg/Sources"
ln -sfn "$repo/Sources/RandomKeys" "$pkg/Sources/RandomKeys"
ln -sfn "$repo/Sources/RandomKeysKernels" "$pkg/Sources/RandomKeysKernels"
ln -sfn "$here/Sources/rkbench" "$pkg/Sources/rkbench"
cat > "$pkg/Package.swift" <<'SWIFT'
// swift-tools-version: 6.1
import PackageDescription
let package = Package(
    name: "rkbench",
    targets: [
        .target(name: "RandomKeys", dependencies: ["RandomKeysKernels"], path: "Sources/RandomKeys"),
        .target(name: "RandomKeysKernels", path: "Sources/RandomKeysKernels"),
        .executableTarget(name: "rkbench", dependencies: ["RandomKeys"], path: "Sources/rkbench"),
    ]
)
SWIFT
build() {  # build SCRATCH [swift build flags…]; prints the binary's path
    local scratch="$repo/.build-bench/$1"; shift
    swift build --package-path "$pkg" --scratch-path "$scratch" -c release "$@" >&2
    echo "$(swift build --package-path "$pkg" --scratch-path "$scratch" -c release "$@" --show-bin-path)/rkbench"
}
echo "== building rkbench (release, default target)" >&2
bin="$(build default)"
native_bin=""
if [ "${RK_BENCH_NATIVE:-1}" != 0 ]; then
    echo "== building rkbench (release, -target-cpu native)" >&2
    native_bin="$(build native -Xswiftc -target-cpu -Xswiftc native)"
fi

echo "== python venv (numpy, jax)" >&2
python="$(bash "$here/setup-venv.sh")"

echo "== RandomKeys (n=$n)" >&2
swift_json="$(RK_BENCH_N="$n" RK_BENCH_REPEATS="$repeats" "$bin")"
native_json=""
if [ -n "$native_bin" ]; then
    echo "== RandomKeys, native build (n=$n)" >&2
    native_json="$(RK_BENCH_N="$n" RK_BENCH_REPEATS="$repeats" "$native_bin")"
fi
echo "== numpy / jax (n=$n)" >&2
py_json="$("$python" "$here/bench.py" "$n" "$repeats")"

"$python" "$here/report.py" "$swift_json" "$py_json" ${native_json:+"$native_json"}
echo
"$python" "$here/normal_ulp.py" "$bin" "${RK_ULP_COUNT:-1000000}"
