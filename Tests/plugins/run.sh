#!/usr/bin/env bash
# Shows randlint's SwiftPM plugins working on a sample package (Tests/plugin-sample), as a user
# would use them, and fails when they don't:
#   1. `swift build` of the sample runs RandLintBuildToolPlugin: the findings of both targets
#      (a Swift executable and a C library) appear as `warning:` lines, and the build succeeds;
#      the sample's .randlint.yml is found and excludes a generated file;
#   2. a no-op rebuild does not run randlint again (`.buildCommand` with inputFiles);
#   3. an error-level finding is printed as `error:` and fails the build (`--fail-on error`);
#   4. `swift package randlint` (RandLintCommandPlugin) prints the findings with package-relative
#      paths and exits 1; `--target` narrows it to one target; extra arguments reach randlint.
#
# Cost: the sample builds randlint from source in debug, swift-syntax included (a few minutes on
# 2 cores the first time). The sample is copied to a fixed place, .build/plugin-sample/pkg, and
# built with a persistent --scratch-path .build/plugin-sample/scratch, so later runs only
# rebuild what changed in randlint. The copy gets fresh mtimes each run, which is what makes the
# build command run again in step 1. PLUGIN_SAMPLE_WORK overrides the folder.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="${PLUGIN_SAMPLE_WORK:-$ROOT/.build/plugin-sample}"
PKG="$WORK/pkg"
SCRATCH="$WORK/scratch"

fail() { echo "FAIL: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}s')" "$1" "$2"; }
export NO_COLOR=1

# --- a fresh copy of the sample that depends on this checkout --------------------------------
mkdir -p "$WORK"
# One run at a time per checkout (several people may run the tests of one checkout at once).
exec 9>"$WORK/lock"
flock 9
rm -rf "$PKG"
mkdir -p "$PKG" "$SCRATCH"
(cd "$ROOT/Tests/plugin-sample" && tar --exclude=.build --exclude=.swiftpm -cf - .) | (cd "$PKG" && tar -xf -)
python3 - "$PKG/Package.swift" "$ROOT" <<'EOF'
import sys
path, root = sys.argv[1], sys.argv[2]
text = open(path).read()
old = '.package(name: "randlint", path: "../..")'
assert text.count(old) == 1, "the sample must depend on randlint by path ../.."
open(path, "w").write(text.replace(old, '.package(name: "randlint", path: "%s")' % root))
EOF

swiftpm() { swift "$1" --package-path "$PKG" --scratch-path "$SCRATCH" "${@:2}"; }
run() { # run NAME COMMAND...: prints the output, sets $out and $rc, records the time
  local name="$1"; shift
  local t0 t1
  t0=$(now)
  set +e
  out="$("$@" 2>&1)"
  rc=$?
  set -e
  t1=$(now)
  echo "---- $name (rc=$rc, $(elapsed "$t0" "$t1")) ----"
  echo "$out"
  echo "$name $(elapsed "$t0" "$t1")" >> "$WORK/timings.txt"
}
: > "$WORK/timings.txt"

# --- 1. the build tool plugin: findings as build warnings -------------------------------------
run "swift build" swiftpm build
[ "$rc" -eq 0 ] || fail "swift build of the sample failed; warnings must not fail the build"
grep -Eq "(^|/)Sources/Sim/main\.swift:9:1: warning: .*\[global-seed\]" <<<"$out" \
  || fail "the Swift target's global-seed finding is not a build warning"
grep -Eq "(^|/)Sources/Dice/dice\.c:5:18: warning: .*\[key-created-inside\]" <<<"$out" \
  || fail "the C target's key-created-inside finding is not a build warning"
grep -Eq "randlint (Sim|Dice)" <<<"$out" || fail "no 'randlint <target>' build step in the output"
# .randlint.yml is found and its excludes apply to the files the plugin names (--force-exclude):
# Generated/Legacy.swift has an error-level finding that would fail the build.
grep -Eq "Legacy\.swift:[0-9]+:" <<<"$out" && fail "Sources/Sim/Generated/Legacy.swift is excluded by .randlint.yml but was linted"

# --- 2. a no-op rebuild skips randlint --------------------------------------------------------
# (When randlint itself changed in between, as while someone edits this checkout, the tool is
# relinked and the command rightly runs again: retry until a build compiles nothing.)
for attempt in 1 2 3; do
  run "swift build (no-op, attempt $attempt)" swiftpm build
  [ "$rc" -eq 0 ] || fail "the no-op rebuild failed"
  compiled() { sed -n '/^Building for/,$p' <<<"$out" | grep -Eq "Compiling|Linking"; }  # plugins compile before
  compiled || break
done
compiled && fail "three rebuilds in a row compiled something; cannot check the no-op case"
grep -q "\[global-seed\]" <<<"$out" && fail "randlint ran again on a no-op build"

# --- 3. an error-level finding fails the build ------------------------------------------------
cat > "$PKG/Sources/Sim/Reseed.swift" <<'EOF'
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

func reseed() {
    srand(1)
}
EOF
run "swift build (error-level finding)" swiftpm build
[ "$rc" -ne 0 ] || fail "an error-level finding (mid-program-reseed) did not fail the build"
grep -Eq "(^|/)Sources/Sim/Reseed\.swift:8:5: error: .*\[mid-program-reseed\]" <<<"$out" \
  || fail "the mid-program-reseed finding is not a build error"
rm "$PKG/Sources/Sim/Reseed.swift"

# --- 4. the command plugin --------------------------------------------------------------------
run "swift package randlint" swiftpm package randlint
[ "$rc" -eq 1 ] || fail "swift package randlint should exit 1 on findings (got $rc)"
grep -Eq "^Sources/Sim/main\.swift:9:1: .*global-seed" <<<"$out" || fail "swift package randlint did not print the Swift finding"
grep -Eq "^Sources/Dice/dice\.c:5:18: .*key-created-inside" <<<"$out" || fail "swift package randlint did not print the C finding"
grep -Eq "Reseed\.swift:[0-9]+:" <<<"$out" && fail "a deleted file was reported"
grep -Eq "Legacy\.swift:[0-9]+:" <<<"$out" && fail "swift package randlint ignored the excludes of .randlint.yml"

run "swift package randlint --target Dice --format gcc --fail-on error" swiftpm package randlint --target Dice --format gcc --fail-on error
[ "$rc" -eq 0 ] || fail "--fail-on error with only warnings should exit 0 (got $rc)"
grep -Eq "(^|/)Sources/Dice/dice\.c:5:18: warning: .*\[key-created-inside\]" <<<"$out" || fail "--target Dice did not lint Dice in gcc form"
grep -Eq "main\.swift:[0-9]+:" <<<"$out" && fail "--target Dice also linted Sim"

echo "---- timings ----"
cat "$WORK/timings.txt"
echo "PASS: SwiftPM plugins"
