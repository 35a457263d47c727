#!/usr/bin/env bash
# Builds one libFuzzer harness of Fuzz/ optimized (release, with debug info, ASan and libFuzzer)
# and runs it for SECONDS, single process, with a corpus under .build/fuzz-corpus/TARGET seeded
# from Fixtures/, Rules/ and Tests/. Not part of CI.
# Crashes, timeouts and leaks are written to .build/fuzz-artifacts/. Extra arguments go to libFuzzer.
set -euo pipefail
cd "$(dirname "$0")/.."
targets="prefilter comments lsp config compiledb swift c"
if [ $# -lt 2 ] || ! [[ " $targets " == *" $1 "* ]]; then
  echo "usage: Scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-ARGS…]   (TARGET: ${targets// /, })" >&2
  exit 2
fi
target=$1 seconds=$2
shift 2

# The package is assembled under .build (hidden from linting): Fuzz/ plus Analyzer/ links to the
# analyzer's folders. Links inside the repository would make `randlint .` meet every source
# folder twice.
package=.build/fuzz-package
rm -rf "$package"
mkdir -p "$package/Analyzer"
cp -R Fuzz/. "$package/"
for folder in CLibClang RandLintC RandLintCore RandLintEngine RandLintLSP RandLintReporters RandLintRules RandLintSwift; do
  ln -s "$PWD/Sources/$folder" "$package/Analyzer/$folder"
done
# -enable-testing: the harnesses reach the analyzer with @testable import, which release builds
# refuse otherwise; -g keeps symbols in ASan's stacks.
build=(swift build --package-path "$package" --build-path .build/fuzz -c release
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -g)
"${build[@]}" --product "fuzz-$target"
bin=$("${build[@]}" --show-bin-path)

case $target in
  prefilter|comments) patterns=(-name '*.swift' -o -name '*.c' -o -name '*.h') ;;
  lsp) patterns=(-name '*.json' -o -name '*.py') ;;
  config) patterns=(-name '*.yml' -o -name '*.yaml') ;;
  compiledb) patterns=(-name '*.json') ;;
  swift) patterns=(-name '*.swift') ;;
  c) patterns=(-name '*.c' -o -name '*.h') ;;
esac
seeds=.build/fuzz-seeds/$target corpus=.build/fuzz-corpus/$target artifacts=.build/fuzz-artifacts
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$artifacts"
find Fixtures Rules Tests -type f -size -256k \( "${patterns[@]}" \) -print0 |
  while IFS= read -r -d '' file; do cp "$file" "$seeds/$(printf '%s' "$file" | tr '/' '_')"; done
if [ "$target" = lsp ]; then
  # The same bodies framed as LSP messages.
  for file in "$seeds"/*.json; do
    { printf 'Content-Length: %d\r\n\r\n' "$(wc -c < "$file")"; cat "$file"; } > "$file.framed"
  done
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=suppressions=$PWD/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}
exec "$bin/fuzz-$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix="$artifacts/$target-" "$@" "$corpus" "$seeds"
