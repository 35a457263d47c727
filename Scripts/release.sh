#!/usr/bin/env bash
# Builds randlint for people without a Swift toolchain, into dist/:
#   randlint-<version>-linux-<arch>.tar.gz      the binary, LICENSE, a short README
#   randlint-<version>-py3-none-manylinux_<glibc>_<arch>.whl
#                                               the same binary as a wheel (pip install, pre-commit)
#   <each>.sha256                               its checksum, as sha256sum prints it
#
# The binary links the Swift standard library and Foundation statically (--static-swift-stdlib),
# so it needs only glibc (and the C++ runtime and libgcc that every Linux has); C analysis
# loads libclang at run time, as the development build does. The commit it was built from is
# written into the binary (randlint --version), with "+dirty" when the working tree differs.
#
# Usage: bash Scripts/release.sh [--debug] [--out DIR]
#   --debug    package a debug build in the same layout (seconds after `swift build`; the tests
#              use it: the release build with swift-syntax takes ~10 minutes on 2 cores)
#   --out DIR  where the artifacts go (default: dist/)
# Prints each artifact's path and size. Exit status 0, or 2 with one line on stderr.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

die() { echo "release.sh: $*" >&2; exit 2; }
usage() { sed -n '/^# Usage:/,/^# Prints/p' "$0" | sed 's/^# \{0,1\}//'; }

configuration=release
out="$ROOT/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --debug) configuration=debug ;;
    --out) [ $# -ge 2 ] || die "--out needs a folder"; out="$2"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
  shift
done

[ "$(uname -s)" = Linux ] || die "builds Linux artifacts only; this is $(uname -s)"
for tool in swift swiftc python3 strip readelf tar gzip sha256sum git; do
  command -v "$tool" >/dev/null || die "needs '$tool' on PATH"
done
mkdir -p "$out"
out="$(cd "$out" && pwd)"

work="$(mktemp -d "${TMPDIR:-/tmp}/randlint-release.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The static Swift libraries randlint needs, as the toolchain names them. The compiler records
# them in each object built with -static-stdlib, but SwiftPM does not recompile objects left by
# an earlier build without the flag (the test build): it only relinks them, and the link then
# misses CoreFoundation, ICU… Naming them again, in a group, makes either kind of object link.
printf 'import Foundation\n' > "$work/link.swift"
swiftc -static-stdlib -O -parse-as-library -module-name RandlintStaticLink -c "$work/link.swift" -o "$work/link.o" \
  || die "swiftc -static-stdlib cannot compile: this toolchain has no static Swift libraries"
autolink="$(dirname "$(command -v swiftc)")/swift-autolink-extract"
[ -x "$autolink" ] || autolink="$(command -v swift-autolink-extract)" || die "needs swift-autolink-extract (part of the Swift toolchain)"
link=(-Xlinker --start-group)
while IFS= read -r library; do link+=(-Xlinker "$library"); done < <("$autolink" "$work/link.o" -o -)
link+=(-Xlinker --end-group)

echo "building randlint ($configuration, --static-swift-stdlib)" >&2
swift build -c "$configuration" --static-swift-stdlib --product randlint "${link[@]}" >&2
built="$(swift build -c "$configuration" --show-bin-path)/randlint"
[ -x "$built" ] || die "the build produced no $built"
# A binary that still needs the toolchain's shared Swift libraries would work only where they are.
swift_libraries="$(readelf -d "$built" | grep -F '(NEEDED)' | grep -Eo '\[lib(swift|Foundation|_Foundation|dispatch|BlocksRuntime)[^]]*\]' || true)"
[ -z "$swift_libraries" ] || die "$built still needs shared Swift libraries: $(echo $swift_libraries)"

# The commit, and the time it was made (archive and wheel timestamps, for reproducible files).
commit="$(git rev-parse HEAD 2>/dev/null)" || die "not a git checkout: cannot tell which commit is being released"
[ -z "$(git status --porcelain)" ] || commit="$commit+dirty"
epoch="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"

cp "$built" "$work/randlint"
python3 Scripts/release/package.py stamp "$work/randlint" "$commit" || die "could not stamp the commit into the binary"
strip "$work/randlint"

version_line="$(env -i "$work/randlint" --version)" || die "the packaged binary does not run: $version_line"
version="$(sed -n 's/^randlint \([0-9][0-9A-Za-z.]*\) (commit .*/\1/p' <<<"$version_line")"
[ -n "$version" ] || die "cannot read the version from '$version_line'"
grep -q "(commit $commit," <<<"$version_line" || die "the binary does not report the stamped commit: $version_line"
arch="$(uname -m)"
glibc="$(python3 Scripts/release/package.py glibc "$work/randlint")"

license=""
for name in LICENSE LICENSE.md LICENSE.txt COPYING; do
  if [ -f "$name" ]; then license="$name"; break; fi
done
if [ -z "$license" ]; then
  echo "release.sh: warning: the repository has no LICENSE file; the archive and the wheel ship without one" >&2
  license_note="This repository has no license file yet, so none is included."
else
  license_note="License: see $license."
fi

stage="randlint-$version-linux-$arch"
mkdir -p "$work/$stage"
mv "$work/randlint" "$work/$stage/randlint"
[ -z "$license" ] || cp "$license" "$work/$stage/"
cat > "$work/$stage/README.md" <<EOF
# randlint $version for Linux $arch

randlint finds randomness misuse in Swift and C sources: process-wide seeds, keys used twice,
keys made inside library functions, reseeding in the middle of a program. Each finding says
what happens at run time and the code to write instead.

Built from commit $commit. \`randlint --version\` prints the version, the commit and
whether libclang was found.

## Use

    ./randlint lint path/to/sources          # exit 0 clean, 1 findings, 2 usage or analysis error
    ./randlint rules                         # the rules
    ./randlint explain key-reuse             # why a rule matters and what to write instead

Copy \`randlint\` anywhere on your PATH (for example \`/usr/local/bin\`). It needs glibc $glibc or
newer (with libstdc++ and libgcc_s, present on every desktop and server distribution) and
nothing else: the Swift runtime is inside it.

C files are analyzed with libclang, loaded when a C file is linted. On Debian or Ubuntu:
\`apt-get install libclang-dev\`, or just the run-time parts, for example
\`apt-get install libclang1-14 libclang-common-14-dev\` (the second package holds clang's own
headers such as \`stddef.h\`; without it no \`<stdlib.h>\` parses). Elsewhere set
\`RANDLINT_LIBCLANG\` to the path of \`libclang.so\`. Without libclang, Swift files are still
analyzed and each C file is reported as not analyzed.

$license_note
EOF

archive="$out/$stage.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C "$work" -cf - "$stage" | gzip -n > "$archive"
wheel="$(python3 Scripts/release/package.py wheel --binary "$work/$stage/randlint" --version "$version" \
  --readme "$work/$stage/README.md" ${license:+--license "$license"} --epoch "$epoch" --out "$out")" \
  || die "could not write the wheel"
for file in "$archive" "$wheel"; do
  (cd "$out" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256")
done

echo "$version_line"
size() { python3 -c 'import os, sys; n = os.path.getsize(sys.argv[1]); print(f"{n / 1e6:.1f} MB ({n} bytes)")' "$1"; }
echo "binary   $(size "$work/$stage/randlint") (needs GLIBC $glibc)"
echo "archive  $archive  $(size "$archive")"
echo "wheel    $wheel  $(size "$wheel")"
