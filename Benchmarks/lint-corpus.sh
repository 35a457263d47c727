#!/usr/bin/env bash
# Times randlint (release build) over real Swift corpora from the local package cache, and in
# the same run ripgrep searching the same files for the same catalog identifiers (the floor).
# Prints files, lines, times, ratios and randlint's peak memory, then runs the C half
# (Benchmarks/lint-corpus-c.sh: redis/curl/git from Debian sources, sqlite3.c and swift-crypto's C,
# with clang-tidy 14). One command:
#   bash Benchmarks/lint-corpus.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
packages=${SWIFT_PACKAGES:-/opt/swift-packages}
work=${BENCH_DIR:-$repo/.build-bench}
corpus=$work/corpus-swift

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need rg ripgrep
need hyperfine hyperfine
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

if [ ! -d "$corpus" ]; then
  echo "extracting the corpus into $corpus"
  mkdir -p "$corpus/swift-syntax" "$corpus/swift-nio"
  git -C "$packages/swiftlang/swift-syntax.git" archive 603.0.1 | tar -x -C "$corpus/swift-syntax" --wildcards '*.swift'
  git -C "$packages/apple/swift-nio.git" archive 2.101.3 | tar -x -C "$corpus/swift-nio" --wildcards '*.swift'
fi

swift build -c release --product randlint >/dev/null
bin=$(swift build -c release --show-bin-path)/randlint

# What the prefilter looks for, as the catalogs define it.
pattern=$(python3 Benchmarks/prefilter-pattern.py swift)

files=$(find "$corpus" -name '*.swift' | wc -l)
lines=$(find "$corpus" -name '*.swift' -print0 | xargs -0 cat | wc -l)
echo "corpus: $files Swift files, $lines lines (swift-syntax 603.0.1 + swift-nio 2.101.3)"
echo "ripgrep pattern: $pattern"

# randlint exits 1 when it has findings; the benchmark only times it.
json=$work/times.json
hyperfine --warmup 2 --runs 10 -N -i --export-json "$json" \
  "rg --no-ignore --hidden -l -e '$pattern' $corpus" \
  "$bin --format gcc --no-color $corpus" >/dev/null

read -r rg_ms rl_ms < <(python3 -c "
import json; r = json.load(open('$json'))['results']
print(' '.join(f\"{x['median']*1000:.1f}\" for x in r))")
echo "warm (median of 10): ripgrep ${rg_ms} ms, randlint ${rl_ms} ms, ratio $(python3 -c "print(f'{$rl_ms/$rg_ms:.2f}')")x (target <= 4x)"

if sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then
  t0=$(date +%s%N); rg --no-ignore --hidden -l -e "$pattern" "$corpus" >/dev/null || true; t1=$(date +%s%N)
  sync && echo 3 > /proc/sys/vm/drop_caches
  t2=$(date +%s%N); "$bin" --format gcc "$corpus" >/dev/null || true; t3=$(date +%s%N)
  echo "cold: ripgrep $(( (t1 - t0) / 1000000 )) ms, randlint $(( (t3 - t2) / 1000000 )) ms, ratio $(python3 -c "print(f'{($t3-$t2)/($t1-$t0):.2f}')")x (target <= 2.5x)"
else
  echo "cold: not measured (this machine does not allow dropping the page cache)"
fi

/usr/bin/time -f "%M" -o "$work/rss" "$bin" --format gcc "$corpus" > "$work/findings.txt" || true
echo "peak memory: $(( $(tail -1 "$work/rss") / 1024 )) MB (target <= 150 MB)"
echo "findings: $(wc -l < "$work/findings.txt") lines of gcc output in $work/findings.txt"

echo
bash "$repo/Benchmarks/lint-corpus-c.sh"
