#!/usr/bin/env bash
# The C half of the benchmark (Benchmarks/lint-corpus.sh runs it after the Swift half; it also
# runs alone). Times, in one run, randlint (release build), ripgrep searching the same files for
# the same catalog identifiers (the floor) and clang-tidy 14 with the CERT random checks (two
# processes in parallel), all with the same include flags (one generated compile_commands.json).
# Prints files, lines, times, ratios, files per second and peak memory.
#   bash Benchmarks/lint-corpus-c.sh
#
# Corpus: sqlite3.c of vapor/sqlite-nio 1.13.2, and the C of apple/swift-crypto 4.5.2. BoringSSL
# in swift-crypto is C++ (.cc) at both cached tags (3.12.3: one .c file, the shim; 4.5.2: the
# shims and XKCP's Keccak), so the swift-crypto part is its .c files plus BoringSSL's C headers
# (include/openssl, crypto/**/*.h), which randlint analyzes on their own when no .c includes them.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
packages=${SWIFT_PACKAGES:-/opt/swift-packages}
work=${BENCH_DIR:-$repo/.build-bench}
corpus=$work/corpus-c
tidy_checks='-*,cert-msc30-c,cert-msc32-c,cert-msc50-cpp,cert-msc51-cpp'

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need rg ripgrep
need hyperfine hyperfine
need clang-tidy-14 clang-tidy-14
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

if [ ! -d "$corpus" ]; then
  echo "extracting the C corpus into $corpus"
  mkdir -p "$corpus/sqlite-nio" "$corpus/swift-crypto"
  git -C "$packages/vapor/sqlite-nio.git" archive 1.13.2 Sources/VaporCSQLite | tar -x -C "$corpus/sqlite-nio"
  git -C "$packages/apple/swift-crypto.git" archive 4.5.2 \
      Sources/CCryptoBoringSSL Sources/CCryptoBoringSSLShims Sources/CXKCP Sources/CXKCPShims \
    | tar -x -C "$corpus/swift-crypto" --wildcards '*.c' '*.h' '*.inc' '*.macros'
fi

swift build -c release --product randlint >/dev/null
bin=$(swift build -c release --show-bin-path)/randlint

# One compile database for both tools: every .c and .h file, `-xc -std=gnu11` and the include
# folders SwiftPM would pass (each target's include/ and those of the targets it depends on).
includes=(
  "$corpus/sqlite-nio/Sources/VaporCSQLite/include"
  "$corpus/swift-crypto/Sources/CCryptoBoringSSL/include"
  "$corpus/swift-crypto/Sources/CCryptoBoringSSLShims/include"
  "$corpus/swift-crypto/Sources/CXKCP/include"
  "$corpus/swift-crypto/Sources/CXKCPShims/include"
)
db=$work/c-db
mkdir -p "$db"
(cd "$corpus" && find . \( -name '*.c' -o -name '*.h' \) | sort) > "$work/c-all-files"
(cd "$corpus" && find . -name '*.c' | sort | sed "s|^\./|$corpus/|") > "$work/c-files"
CORPUS=$corpus INCLUDES="${includes[*]}" python3 - "$work/c-all-files" > "$db/compile_commands.json" <<'PY'
import json, os, sys
corpus = os.environ["CORPUS"]
flags = ["-xc", "-std=gnu11"] + ["-I" + d for d in os.environ["INCLUDES"].split()]
entries = []
for line in open(sys.argv[1]):
    path = os.path.normpath(os.path.join(corpus, line.strip()))
    entries.append({"directory": corpus, "file": path, "arguments": ["clang", *flags, "-c", path]})
json.dump(entries, sys.stdout, indent=1)
PY

# What the prefilter looks for, as the catalogs define it.
pattern=$(python3 Benchmarks/prefilter-pattern.py c)

cfiles=$(wc -l < "$work/c-files")
clines=$(xargs cat < "$work/c-files" | wc -l)
hfiles=$(grep -c '\.h$' "$work/c-all-files")
hlines=$(cd "$corpus" && grep '\.h$' "$work/c-all-files" | xargs cat | wc -l)
sqlite_lines=$(wc -l < "$corpus/sqlite-nio/Sources/VaporCSQLite/sqlite_nio_sqlite3.c")
echo "C corpus: $cfiles .c files, $clines lines (sqlite3.c: $sqlite_lines) + $hfiles headers, $hlines lines"
echo "  (sqlite-nio 1.13.2 + swift-crypto 4.5.2; BoringSSL itself is C++ (.cc) at both cached tags, only its headers are C)"
echo "flags (both tools, via $db/compile_commands.json): -xc -std=gnu11$(printf ' -I%s' "${includes[@]#$corpus/}")"

rg_cmd="rg --no-ignore --hidden -l -e '$pattern' $corpus"
rl_cmd="$bin --format gcc --no-color -p $db $corpus"
rl_c_cmd="$bin --format gcc --no-color -p $db $(tr '\n' ' ' < "$work/c-files")"
tidy_cmd="xargs -P2 -n1 clang-tidy-14 --quiet -p $db --checks='$tidy_checks' --header-filter='.*' < $work/c-files"

# randlint exits 1 when it has findings, clang-tidy when a file has errors; the benchmark only times them.
json=$work/times-c.json
hyperfine --warmup 2 --runs 10 -N -i --export-json "$json" "$rg_cmd" "$rl_cmd" "$rl_c_cmd" >/dev/null
tjson=$work/times-c-tidy.json
hyperfine --warmup 1 --runs 3 -i --export-json "$tjson" "$tidy_cmd" >/dev/null

read -r rg_ms rl_ms rl_c_ms < <(python3 -c "
import json; r = json.load(open('$json'))['results']
print(' '.join(f\"{x['median']*1000:.1f}\" for x in r))")
tidy_ms=$(python3 -c "import json; print(f\"{json.load(open('$tjson'))['results'][0]['median']*1000:.1f}\")")
ratio() { python3 -c "print(f'{$1/$2:.1f}')"; }
echo "warm (medians; ripgrep and randlint of 10, clang-tidy of 3): ripgrep ${rg_ms} ms, randlint ${rl_ms} ms" \
     "(the folder: .c files and every header), randlint ${rl_c_ms} ms (only the $cfiles .c files, as clang-tidy), clang-tidy ${tidy_ms} ms"
echo "  randlint / ripgrep: $(ratio "$rl_ms" "$rg_ms")x (target <= 20x); clang-tidy / randlint: $(ratio "$tidy_ms" "$rl_ms")x," \
     "on the same .c files $(ratio "$tidy_ms" "$rl_c_ms")x (target >= 40x)"
echo "  files per second (randlint, warm): $(python3 -c "print(f'{($cfiles+$hfiles)/($rl_ms/1000):.0f}')") over all $((cfiles + hfiles)) files, $(python3 -c "print(f'{$cfiles/($rl_c_ms/1000):.1f}')") when given only the $cfiles .c files; $(python3 -c "print(f'{($clines+$hlines)/($rl_ms/1000)/1000:.0f}')")k lines per second"

cold() { # prints milliseconds for one cold run of "$@"
  sync && echo 3 > /proc/sys/vm/drop_caches
  local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}
if sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then
  c_rg=$(cold rg --no-ignore --hidden -l -e "$pattern" "$corpus")
  c_rl=$(cold "$bin" --format gcc -p "$db" "$corpus")
  c_tidy=$(cold bash -c "$tidy_cmd")
  echo "cold: ripgrep ${c_rg} ms, randlint ${c_rl} ms, clang-tidy ${c_tidy} ms; randlint / ripgrep $(ratio "$c_rl" "$c_rg")x, clang-tidy / randlint $(ratio "$c_tidy" "$c_rl")x"
else
  echo "cold: not measured (this machine does not allow dropping the page cache)"
fi

/usr/bin/time -f "%M" -o "$work/rss-c" "$bin" --format gcc -p "$db" "$corpus" > "$work/findings-c.txt" || true
/usr/bin/time -f "%M" -o "$work/rss-c-tidy" bash -c "$tidy_cmd" > "$work/findings-c-tidy.txt" 2>/dev/null || true
echo "peak memory: randlint $(( $(cat "$work/rss-c") / 1024 )) MB (target <= 150 MB), clang-tidy $(( $(cat "$work/rss-c-tidy") / 1024 )) MB (largest process)"
"$bin" --format json -p "$db" "$corpus" > "$work/findings-c.json" || true
python3 - "$work/findings-c.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"randlint: {s['summary']['files_analyzed']} files analyzed, {s['summary']['files_parsed']} parsed by libclang (the rest skipped by the prefilter), {s['summary']['findings']} findings")
for note in s.get("notes", []): print("  note:", note)
PY
echo "findings: $(wc -l < "$work/findings-c.txt") lines of gcc output in $work/findings-c.txt;" \
     "clang-tidy: $(grep -c 'warning:' "$work/findings-c-tidy.txt" || true) warnings in $work/findings-c-tidy.txt"
