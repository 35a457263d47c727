#!/usr/bin/env bash
# thread-unsafe-rng side by side with clang-tidy 14's concurrency-mt-unsafe and cert-msc30-c.
# Over the same C files, prints how many of clang-tidy's reports on the C library's global
# generators (rand, random, drand48, lrand48, mrand48 and their seeding calls) are in thread
# context by randlint's analysis (a thread-unsafe-rng finding on the same line), and how many of
# randlint's thread-unsafe-rng findings clang-tidy also reports.
#   bash Benchmarks/thread-side-by-side.sh                  (the C fixtures)
#   bash Benchmarks/thread-side-by-side.sh DIR [COMPILE_DB_DIR]   (any folder of C code)
# Only files that call one of those functions are given to clang-tidy (its other reports do not
# count here), so a large corpus costs little.
set -euo pipefail
cd "$(dirname "$0")/.."
need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need clang-tidy-14 clang-tidy-14
need rg ripgrep

root=$(realpath "${1:-Fixtures}")
db=${2:-}
work=${BENCH_DIR:-$PWD/.build-bench}/threads
mkdir -p "$work"
swift build --product randlint >/dev/null
bin=$(swift build --show-bin-path)/randlint

calls='\b(rand|random|drand48|lrand48|mrand48|srand|srandom|srand48|seed48|lcong48|initstate|setstate)\s*\('
rg --no-ignore -l -g '*.c' -e "$calls" "$root" | sort > "$work/files" || true
echo "C files under $root that call the global generators: $(wc -l < "$work/files")"

tidy_flags=(--quiet "--checks=-*,concurrency-mt-unsafe,cert-msc30-c")
# without a compile database: C11 and the RandomKeys header, as randlint parses the fixtures
compiler=(-- -xc -std=gnu11 "-I$PWD/Sources/CRandomKeys/include")
if [ -n "$db" ]; then tidy_flags+=(-p "$db"); compiler=(); fi
xargs -P2 -I{} clang-tidy-14 "${tidy_flags[@]}" {} "${compiler[@]}" < "$work/files" > "$work/tidy.txt" 2>/dev/null || true
randlint_flags=(--format json --select thread-unsafe-rng --no-color)
if [ -n "$db" ]; then randlint_flags+=(-p "$db"); fi
"$bin" "${randlint_flags[@]}" $(cat "$work/files") > "$work/randlint.json" || true

python3 - "$work/tidy.txt" "$work/randlint.json" <<'PY'
import json, re, sys
names = {"rand", "random", "drand48", "lrand48", "mrand48", "srand", "srandom", "srand48", "seed48", "lcong48", "initstate", "setstate"}
tidy = set()
for line in open(sys.argv[1], errors="replace"):
    m = re.match(r"(.+?):(\d+):(\d+): warning: (.*) \[(concurrency-mt-unsafe|cert-msc30-c)\]", line)
    if not m: continue
    # the report names no function: read the identifier it points at
    try:
        text = open(m.group(1), errors="replace").read().split("\n")[int(m.group(2)) - 1]
    except (OSError, IndexError):
        continue
    called = re.match(r"\w+", text[int(m.group(3)) - 1:])
    if not called or called.group(0) not in names: continue
    tidy.add((m.group(1), int(m.group(2))))
report = json.load(open(sys.argv[2]))
ours = {(f["path"], f["start"]["line"]) for f in report.get("findings", []) if f["rule"] == "thread-unsafe-rng"}
import os
ours = {(os.path.realpath(p), l) for p, l in ours}
tidy = {(os.path.realpath(p), l) for p, l in tidy}
in_threads = tidy & ours
print(f"clang-tidy (concurrency-mt-unsafe + cert-msc30-c) lines on the global generators: {len(tidy)}")
print(f"  of them in thread context by randlint's analysis: {len(in_threads)}"
      + (f" ({100 * len(in_threads) / len(tidy):.0f}%)" if tidy else ""))
print(f"randlint thread-unsafe-rng findings: {len(ours)}; also reported by clang-tidy: {len(ours & tidy)}")
for path, line in sorted(ours - tidy): print(f"  only randlint: {path}:{line}")
PY
