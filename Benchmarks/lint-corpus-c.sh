#!/usr/bin/env bash
# The C half of the benchmark (Benchmarks/lint-corpus.sh runs it after the Swift half; it also
# runs alone). For each C corpus it times, in one run, randlint (release build), ripgrep searching
# the same .c and .h files for what randlint's prefilter looks for (the floor) and clang-tidy 14 with the
# CERT random checks (two processes in parallel), all with the same flags (one generated
# compile_commands.json per corpus). Prints files, lines, times, ratios, files per second, peak
# memory and the findings.
#   bash Benchmarks/lint-corpus-c.sh            (both corpora)
#   CORPORA=package-cache bash Benchmarks/lint-corpus-c.sh   (one of: orientation, package-cache)
#
# Corpora:
# 1. "orientation": redis, curl and git, as Debian ships their sources (`apt-get source`, from
#    the machine's Debian release; no build, no configure: headers a configure step would
#    generate are missing for both tools alike). About the size of the issue's orientation set.
# 2. "package cache": sqlite3.c of vapor/sqlite-nio 1.13.2 and the C of apple/swift-crypto 4.5.2
#    (BoringSSL there is C++ (.cc) at both cached tags, so its part is the shims, XKCP's Keccak and
#    BoringSSL's C headers, which randlint analyzes on their own when no .c includes them).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
packages=${SWIFT_PACKAGES:-/opt/swift-packages}
work=${BENCH_DIR:-$repo/.build-bench}
tidy_checks='-*,cert-msc30-c,cert-msc32-c,cert-msc50-cpp,cert-msc51-cpp'

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need rg ripgrep
need hyperfine hyperfine
need clang-tidy-14 clang-tidy-14
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

swift build -c release --product randlint >/dev/null
bin=$(swift build -c release --show-bin-path)/randlint
pattern=$(python3 Benchmarks/prefilter-pattern.py c)
echo "ripgrep pattern (the prefilter's names for the default rules): $pattern"

# Writes DB/compile_commands.json for every .c and .h file under ROOT: `-xc -std=gnu11` and
# `-I` for each PROJECT:FOLDER pair (FOLDER relative to ROOT/PROJECT).
database() { # ROOT DB PROJECT:FOLDER...
  local root=$1 db=$2; shift 2
  mkdir -p "$db"
  ROOT=$root python3 - "$@" > "$db/compile_commands.json" <<'PY'
import json, os, sys
root = os.environ["ROOT"]
includes = {}
for pair in sys.argv[1:]:
    project, folder = pair.split(":", 1)
    includes.setdefault(project, []).append(os.path.normpath(os.path.join(root, project, folder)))
entries = []
for project in sorted(includes):
    for folder, _, names in os.walk(os.path.join(root, project)):
        for name in sorted(names):
            if name.endswith((".c", ".h")):
                path = os.path.join(folder, name)
                flags = ["-xc", "-std=gnu11"] + ["-I" + d for d in includes[project]]
                entries.append({"directory": os.path.join(root, project), "file": path, "arguments": ["clang", *flags, "-c", path]})
entries.sort(key=lambda e: e["file"])
json.dump(entries, sys.stdout, indent=1)
PY
}

ratio() { python3 -c "print(f'{$1/$2:.1f}')"; }

measure() { # NAME ROOT DB
  local name=$1 root=$2 db=$3 out=$work/c-$1
  mkdir -p "$out"
  (cd "$root" && find . -name '*.c' | sort | sed "s|^\./|$root/|") > "$out/c-files"
  local cfiles hfiles clines hlines
  cfiles=$(wc -l < "$out/c-files")
  clines=$(xargs cat < "$out/c-files" | wc -l)
  hfiles=$(find "$root" -name '*.h' | wc -l)
  hlines=$(find "$root" -name '*.h' -print0 | xargs -0 cat | wc -l)
  echo
  echo "== C corpus \"$name\": $cfiles .c files, $clines lines + $hfiles headers, $hlines lines"

  local rg_cmd="rg --no-ignore --hidden -l -g '*.c' -g '*.h' -e '$pattern' $root"
  local rl_cmd="$bin --format gcc --no-color -p $db $root"
  local rl_c_cmd="$bin --format gcc --no-color -p $db $(tr '\n' ' ' < "$out/c-files")"
  local tidy_cmd="xargs -P2 -n1 clang-tidy-14 --quiet -p $db --checks='$tidy_checks' --header-filter='.*' < $out/c-files"
  # randlint exits 1 when it has findings, clang-tidy when a file has errors; only timed here.
  hyperfine --warmup 2 --runs 10 -N -i --export-json "$out/times.json" "$rg_cmd" "$rl_cmd" "$rl_c_cmd" >/dev/null
  hyperfine --warmup 1 --runs "${TIDY_RUNS:-3}" -i --export-json "$out/times-tidy.json" "$tidy_cmd" >/dev/null
  local rg_ms rl_ms rl_c_ms tidy_ms
  read -r rg_ms rl_ms rl_c_ms < <(python3 -c "
import json; r = json.load(open('$out/times.json'))['results']
print(' '.join(f\"{x['median']*1000:.1f}\" for x in r))")
  tidy_ms=$(python3 -c "import json; print(f\"{json.load(open('$out/times-tidy.json'))['results'][0]['median']*1000:.1f}\")")
  echo "warm medians (ripgrep and randlint of 10 runs, clang-tidy of ${TIDY_RUNS:-3}): ripgrep ${rg_ms} ms;" \
       "randlint ${rl_ms} ms over the folder (.c and .h), ${rl_c_ms} ms over the .c files (as clang-tidy); clang-tidy ${tidy_ms} ms"
  echo "  randlint / ripgrep: $(ratio "$rl_ms" "$rg_ms")x (target <= 20x)"
  echo "  clang-tidy / randlint: $(ratio "$tidy_ms" "$rl_c_ms")x on the same .c files (target >= 40x); $(ratio "$tidy_ms" "$rl_ms")x against the folder run"
  echo "  files per second (randlint, warm): $(python3 -c "print(f'{($cfiles+$hfiles)/($rl_ms/1000):.0f}')") over all $((cfiles + hfiles)) files;" \
       "$(python3 -c "print(f'{($clines+$hlines)/($rl_ms/1000)/1000:.0f}')")k lines per second"

  if sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then
    cold() { sync && echo 3 > /proc/sys/vm/drop_caches; local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
    local c_rg c_rl
    c_rg=$(cold rg --no-ignore --hidden -l -g '*.c' -g '*.h' -e "$pattern" "$root")
    c_rl=$(cold "$bin" --format gcc -p "$db" "$root")
    echo "  cold (page cache dropped): ripgrep ${c_rg} ms, randlint ${c_rl} ms: $(ratio "$c_rl" "$c_rg")x"
  fi

  /usr/bin/time -f "%M" -o "$out/rss" "$bin" --format gcc -p "$db" "$root" > "$out/findings.txt" || true
  /usr/bin/time -f "%M" -o "$out/rss-tidy" bash -c "$tidy_cmd" > "$out/findings-tidy.txt" 2>/dev/null || true
  # /usr/bin/time writes "Command exited with non-zero status 1" first when the command fails.
  echo "  peak memory: randlint $(( $(tail -1 "$out/rss") / 1024 )) MB (target <= 150 MB), clang-tidy $(( $(tail -1 "$out/rss-tidy") / 1024 )) MB (largest process)"
  "$bin" --format json -p "$db" "$root" > "$out/findings.json" || true
  python3 - "$out/findings.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"  randlint: {s['summary']['files_analyzed']} files analyzed, {s['summary']['files_parsed']} modeled (parsed, or headers modeled through an includer), {s['summary']['findings']} findings")
for note in s.get("notes", []): print("    note:", note)
PY
  echo "  findings: $out/findings.txt ($(wc -l < "$out/findings.txt") lines); clang-tidy: $(grep -c 'warning:' "$out/findings-tidy.txt" || true) warnings in $out/findings-tidy.txt"
}

corpora=${CORPORA:-orientation package-cache}

# 1. redis, curl and git from Debian's source packages.
orientation=$work/corpus-c-debian
if [[ " $corpora " == *" orientation "* ]]; then
if [ ! -f "$orientation/.complete" ]; then
  echo "downloading redis, curl and git sources from Debian into $orientation"
  codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
  apt_dir=$work/apt-sources
  mkdir -p "$apt_dir/lists/partial" "$orientation"
  cat > "$apt_dir/sources.sources" <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $codename
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt_opts=(-o APT::Sandbox::User=root -o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_dir" -o "Dir::State::Lists=$apt_dir/lists")
  apt-get "${apt_opts[@]}" update -qq
  (cd "$apt_dir" && apt-get "${apt_opts[@]}" source --download-only -qq redis curl git 2>/dev/null)
  for tarball in "$apt_dir"/*.orig.tar.*; do
    case $tarball in *.asc) continue ;; esac
    tar -xf "$tarball" -C "$orientation"
  done
  touch "$orientation/.complete"
fi
redis=$(cd "$orientation" && ls -d redis-*) curl=$(cd "$orientation" && ls -d curl-*) git_src=$(cd "$orientation" && ls -d git-*)
echo
echo "orientation corpus: $redis, $curl, $git_src (Debian $(. /etc/os-release && echo "$VERSION_CODENAME") source packages)"
database "$orientation" "$work/c-db-debian" \
  "$curl:include" "$curl:lib" "$curl:src" "$git_src:." "$git_src:compat" \
  "$redis:src" "$redis:deps/hiredis" "$redis:deps/lua/src" "$redis:deps/linenoise" "$redis:deps/hdr_histogram" "$redis:deps/jemalloc/include"
measure orientation "$orientation" "$work/c-db-debian"
fi

# 2. sqlite3.c and swift-crypto's C from the Swift package cache.
cache=$work/corpus-c
if [[ " $corpora " == *" package-cache "* ]]; then
if [ ! -d "$cache" ]; then
  echo "extracting the package-cache C corpus into $cache"
  mkdir -p "$cache/sqlite-nio" "$cache/swift-crypto"
  git -C "$packages/vapor/sqlite-nio.git" archive 1.13.2 Sources/VaporCSQLite | tar -x -C "$cache/sqlite-nio"
  git -C "$packages/apple/swift-crypto.git" archive 4.5.2 \
      Sources/CCryptoBoringSSL Sources/CCryptoBoringSSLShims Sources/CXKCP Sources/CXKCPShims \
    | tar -x -C "$cache/swift-crypto" --wildcards '*.c' '*.h' '*.inc' '*.macros'
fi
echo
echo "package-cache corpus: sqlite-nio 1.13.2 (sqlite3.c: $(wc -l < "$cache/sqlite-nio/Sources/VaporCSQLite/sqlite_nio_sqlite3.c") lines) + swift-crypto 4.5.2"
database "$cache" "$work/c-db-cache" \
  "sqlite-nio:Sources/VaporCSQLite/include" "swift-crypto:Sources/CCryptoBoringSSL/include" \
  "swift-crypto:Sources/CCryptoBoringSSLShims/include" "swift-crypto:Sources/CXKCP/include" "swift-crypto:Sources/CXKCPShims/include"
measure package-cache "$cache" "$work/c-db-cache"
fi
