#!/usr/bin/env bash
# Output is deterministic: text, JSON and SARIF are byte-identical across --jobs 1, 2 and 8 and
# across repeated runs. Prints one line per corpus and format, and exits 1 on any difference.
#   bash Benchmarks/determinism.sh [RUNS] [DIR[:COMPILE_DB_DIR]]...
# Defaults: 20 runs over Fixtures, Examples and, when present, the benchmark corpora
# (Benchmarks/lint-corpus.sh extracts them into .build-bench or $BENCH_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
shift || true
work=${BENCH_DIR:-$PWD/.build-bench}
swift build -c release --product randlint >/dev/null
bin=$(swift build -c release --show-bin-path)/randlint

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=("Fixtures" "Examples")
  [ -d "$work/corpus-swift" ] && targets+=("$work/corpus-swift")
  [ -d "$work/corpus-c-debian" ] && targets+=("$work/corpus-c-debian:$work/c-db-debian")
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
for target in "${targets[@]}"; do
  dir=${target%%:*}
  flags=()
  [[ $target == *:* ]] && flags=(-p "${target#*:}")
  for format in text json sarif; do
    reference=""
    differing=0
    total=0
    for jobs in 1 2 8; do
      for ((run = 1; run <= runs; run++)); do
        [ "$jobs" != 1 ] && [ "$run" -gt $(( (runs + 2) / 3 )) ] && break  # most runs at --jobs 1; a third at 2 and 8
        file=$out/$format-$jobs-$run
        # exit 1 (findings) or 2 (files not analyzed) is part of the output being compared
        "$bin" --format "$format" --no-color --jobs "$jobs" "${flags[@]}" "$dir" > "$file" 2>&1 || echo "exit $?" >> "$file"
        # the run's duration is the one field allowed to differ
        sed -E -i 's/ in [0-9]+\.[0-9]+s(;|$)/ in Xs\1/; s/\([0-9]+\.[0-9]+s\)/(Xs)/' "$file"
        total=$((total + 1))
        if [ -z "$reference" ]; then reference=$file; elif ! cmp -s "$reference" "$file"; then differing=$((differing + 1)); fi
      done
    done
    if [ "$differing" -eq 0 ]; then
      echo "$dir $format: $total runs (--jobs 1, 2, 8) byte-identical ($(wc -c < "$reference") bytes)"
    else
      echo "$dir $format: $differing of $total runs differ from the first"; status=1
      diff "$reference" "$file" | head -20 || true
    fi
  done
done
exit $status
