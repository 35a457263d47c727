#!/usr/bin/env bash
# Editor latency (release build): a ~2,000-line Swift file from swift-nio, with a few lines of
# randomness misuse appended so that every edit has findings to publish, opened in `randlint lsp`
# and edited 30 times (Benchmarks/lsp-latency.py prints median and p95). One command:
#   bash Benchmarks/lsp-latency.sh
set -euo pipefail
cd "$(dirname "$0")/.."
packages=${SWIFT_PACKAGES:-/opt/swift-packages}
work=${BENCH_DIR:-$PWD/.build-bench}
mkdir -p "$work/lsp"
file=$work/lsp/ChannelPipelineTest.swift
if [ ! -f "$file" ]; then
  git -C "$packages/apple/swift-nio.git" show 2.101.3:Tests/NIOPosixTests/ChannelPipelineTest.swift > "$file"
  cat >> "$file" <<'SWIFT'

// Randomness misuse, so that each edit has findings to publish.
import RandomKeys
func jitter(key: RandomKey) -> (Double, Double) {
    let dx = key.normal()
    let dy = key.normal()
    return (dx, dy)
}
func roll() -> Int { Int.random(in: 1...6) }
SWIFT
fi
swift build -c release --product randlint >/dev/null
bin=$(swift build -c release --show-bin-path)/randlint
python3 Benchmarks/lsp-latency.py "$bin" "$file" 30
