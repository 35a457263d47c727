#!/usr/bin/env bash
# Tests of what Scripts/release.sh writes, the way someone without a Swift toolchain meets it.
#
# Usage: Tests/dist/run.sh DIST_DIR DEV_BINARY
#   DIST_DIR    the artifacts (Scripts/test.sh packages the debug build into .build/dist-test
#               with `Scripts/release.sh --debug`, the layout of a release)
#   DEV_BINARY  the development build, whose output the packaged binary must reproduce
#
# Checks:
#   archive  its files (randlint, README.md, and LICENSE exactly when the repository has one);
#            ldd: no Swift or Foundation library; a copy outside the build tree, run under
#            `env -i`, lints Examples/monte-carlo with the development build's output and exit
#            status, and analyzes a C file (libclang found with an empty environment);
#            `randlint --version`: version, the commit of this checkout, libclang's path, and
#            "not found" with the reason when RANDLINT_LIBCLANG points nowhere;
#   wheel    its name (manylinux_X_Y = the newest GLIBC_X.Y symbol version of the binary, read
#            with readelf, and the tag auditwheel derives), its files and RECORD hashes; pip
#            installs it into a fresh venv, where `randlint` is on PATH and `python -m randlint`
#            runs it with the same output and exit status;
#   pyproject.toml (the pre-commit hook's) pins the wheel of the binary's version.
# Prints "PASS: release artifacts" at the end; any failure exits 1 naming the check.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
fail() { echo "FAIL: $*" >&2; exit 1; }
[ $# -eq 2 ] || { echo "usage: Tests/dist/run.sh DIST_DIR DEV_BINARY" >&2; exit 2; }
DIST="$(cd "$1" 2>/dev/null && pwd)" || fail "no artifact folder $1 (make it with: bash Scripts/release.sh --debug --out $1)"
DEV="$2"
[ -x "$DEV" ] || fail "no development binary at $DEV"

shopt -s nullglob
archives=("$DIST"/randlint-*-linux-*.tar.gz)
wheels=("$DIST"/randlint-*.whl)
[ ${#archives[@]} -eq 1 ] || fail "expected one archive in $DIST, found ${#archives[@]} (make it with: bash Scripts/release.sh --debug --out $DIST)"
[ ${#wheels[@]} -eq 1 ] || fail "expected one wheel in $DIST, found ${#wheels[@]}"
archive="${archives[0]}"; wheel="${wheels[0]}"
for file in "$archive" "$wheel"; do
  (cd "$DIST" && sha256sum --quiet -c "$(basename "$file").sha256") || fail "$(basename "$file").sha256 does not match"
done

TMP="$(mktemp -d "${TMPDIR:-/tmp}/randlint-dist-test.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

# --- the archive -------------------------------------------------------------------------------
stage="$(basename "$archive" .tar.gz)"
[[ "$stage" =~ ^randlint-([0-9][0-9A-Za-z.]*)-linux-(x86_64|aarch64)$ ]] || fail "archive name $stage"
version="${BASH_REMATCH[1]}"; arch="${BASH_REMATCH[2]}"
[ "$arch" = "$(uname -m)" ] || fail "archive for $arch on a $(uname -m) machine"
expected="$stage/README.md"$'\n'"$stage/randlint"
license=""
for name in LICENSE LICENSE.md LICENSE.txt COPYING; do [ -f "$name" ] && { license="$name"; break; }; done
[ -z "$license" ] || expected="$stage/$license"$'\n'"$expected"
listed="$(tar -tzf "$archive" | grep -v '/$' | sort)"
[ "$listed" = "$(sort <<<"$expected")" ] || fail "archive files:"$'\n'"$listed"$'\n'"expected:"$'\n'"$expected"
tar -xzf "$archive" -C "$TMP"
bin="$TMP/$stage/randlint"
[ -x "$bin" ] || fail "the archive's randlint is not executable"
if [ -z "$license" ]; then
  grep -q "no license file" "$TMP/$stage/README.md" || fail "README.md does not say that there is no license file"
fi

libs="$(ldd "$bin")"
echo "ldd $stage/randlint:"; echo "$libs"
grep -Eiq 'swift|foundation|icu|dispatch' <<<"$libs" && fail "the binary links a Swift runtime library"
grep -q 'not found' <<<"$libs" && fail "a library the binary needs is missing"
grep -q 'libc.so.6' <<<"$libs" || fail "ldd does not show glibc: $libs"

# Same output and exit status as the development build, from a copy outside the build tree, with
# an empty environment (no PATH, no HOME, no LD_LIBRARY_PATH).
set +e
dev_out="$("$DEV" lint --format gcc Examples/monte-carlo 2>&1)"; dev_rc=$?
rel_out="$(env -i "$bin" lint --format gcc Examples/monte-carlo 2>&1)"; rel_rc=$?
set -e
[ "$dev_rc" -eq 1 ] || fail "the development build should find misuse in Examples/monte-carlo (exit 1), got $dev_rc: $dev_out"
[ "$rel_rc" -eq "$dev_rc" ] || fail "packaged binary exit $rel_rc, development build $dev_rc: $rel_out"
[ "$rel_out" = "$dev_out" ] || fail "packaged binary output differs:"$'\n'"$rel_out"$'\n'"development build:"$'\n'"$dev_out"
grep -q 'Sampling.swift:8:.*\[key-reuse\]' <<<"$rel_out" || fail "no key-reuse finding at Sampling.swift:8: $rel_out"
echo "env -i: Examples/monte-carlo, exit $rel_rc, $(wc -l <<<"$rel_out") lines, identical to the development build"

mkdir -p "$TMP/c"
printf '#include <stdlib.h>\n\nint roll(void) {\n    srand(1);\n    return rand() %% 6;\n}\n' > "$TMP/c/roll.c"
set +e
c_out="$(cd "$TMP/c" && env -i "$bin" lint --format gcc roll.c 2>&1)"; c_rc=$?
set -e
[ "$c_rc" -eq 1 ] || fail "C file under env -i: exit $c_rc (libclang not found?): $c_out"
grep -Eq '^roll\.c:4:5: (warning|error): .*\[global-seed\]' <<<"$c_out" || fail "no global-seed finding in roll.c: $c_out"

# randlint --version: one line with the version, the commit and libclang. The commit is this
# checkout's HEAD, or one before it when commits were made since the artifacts were packaged.
line="$(env -i "$bin" --version)"
echo "$line"
[[ "$line" =~ ^randlint\ ${version//./\\.}\ \(commit\ ([0-9a-f]{40})(\+dirty)?,\ linux-${arch}\;\ libclang:\ (/[^ ]*libclang[^ ]*\.so[^ ]*)\)$ ]] \
  || fail "--version should name version $version, a full commit id and libclang's path: $line"
stamped="${BASH_REMATCH[1]}"; loaded="${BASH_REMATCH[3]}"
git merge-base --is-ancestor "$stamped" HEAD 2>/dev/null || fail "--version names commit $stamped, which is not HEAD ($(git rev-parse HEAD)) or before it"
[ -e "$loaded" ] || fail "--version names a libclang that does not exist: $loaded"
missing="$(env -i RANDLINT_LIBCLANG=/nonexistent/libclang.so "$bin" --version)" || fail "--version without libclang should exit 0"
grep -q "; libclang: not found (.*/nonexistent/libclang.so" <<<"$missing" || fail "--version without libclang: $missing"
dev_line="$("$DEV" --version)"
grep -q "(commit unknown, not a release build," <<<"$dev_line" || fail "an unstamped build should say so: $dev_line"

# --- the wheel ---------------------------------------------------------------------------------
glibc="$(readelf -W --version-info "$bin" | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -1)"
[ -n "$glibc" ] || fail "readelf found no GLIBC symbol version in the binary"
IFS=. read -r major minor _ <<<"$glibc"
tag="py3-none-manylinux_${major}_${minor}_$arch"
[ "$(basename "$wheel")" = "randlint-$version-$tag.whl" ] || fail "wheel name $(basename "$wheel"), expected randlint-$version-$tag.whl (the binary needs GLIBC $glibc)"
python3 - "$wheel" "$version" "$tag" "$bin" <<'PY' || fail "wheel contents"
import base64, hashlib, sys, zipfile
path, version, tag, binary = sys.argv[1:]
data_dir, info = f"randlint-{version}.data", f"randlint-{version}.dist-info"
with zipfile.ZipFile(path) as wheel:
    names = set(wheel.namelist())
    want = {"randlint/__init__.py", "randlint/__main__.py", f"{data_dir}/scripts/randlint",
            f"{info}/METADATA", f"{info}/WHEEL", f"{info}/RECORD"}
    extra = {n for n in names - want if not n.startswith(f"{info}/licenses/")}
    assert want <= names and not extra, f"files: {sorted(names)}"
    script = wheel.getinfo(f"{data_dir}/scripts/randlint")
    assert (script.external_attr >> 16) & 0o777 == 0o755, "the script is not executable"
    assert wheel.read(f"{data_dir}/scripts/randlint") == open(binary, "rb").read(), "the wheel's binary is not the archive's"
    meta = wheel.read(f"{info}/WHEEL").decode()
    assert f"Tag: {tag}\n" in meta and "Root-Is-Purelib: false\n" in meta, meta
    assert f"Version: {version}\n" in wheel.read(f"{info}/METADATA").decode()
    rows = [line.split(",") for line in wheel.read(f"{info}/RECORD").decode().splitlines()]
    assert {r[0] for r in rows} == names, "RECORD does not list exactly the wheel's files"
    for name, digest, size in rows:
        if name == f"{info}/RECORD":
            continue
        content = wheel.read(name)
        expected = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=").decode()
        assert digest == expected and int(size) == len(content), f"RECORD hash or size of {name}"
print(f"wheel: {len(names)} files, RECORD hashes match, tag {tag}")
PY

VENV="$("$ROOT/Tests/precommit/venv.sh")"
audit="$("$VENV/bin/auditwheel" show "$wheel" 2>&1)" || fail "auditwheel show: $audit"
grep -q "\"manylinux_${major}_${minor}_$arch\"" <<<"$audit" || fail "auditwheel derives another tag than manylinux_${major}_${minor}_$arch:"$'\n'"$audit"
echo "auditwheel agrees: manylinux_${major}_${minor}_$arch"

python3 -m venv "$TMP/venv"
"$TMP/venv/bin/pip" install --quiet --disable-pip-version-check --no-index "$wheel" || fail "pip install of the wheel into a fresh venv"
[ -x "$TMP/venv/bin/randlint" ] || fail "pip did not put randlint in the venv's bin/"
set +e
pip_out="$(PATH="$TMP/venv/bin:/usr/bin:/bin" randlint lint --format gcc Examples/monte-carlo 2>&1)"; pip_rc=$?
module_out="$("$TMP/venv/bin/python" -m randlint lint --format gcc Examples/monte-carlo 2>&1)"; module_rc=$?
set -e
[ "$pip_rc" -eq "$dev_rc" ] && [ "$pip_out" = "$dev_out" ] || fail "randlint from the wheel (exit $pip_rc) differs from the development build:"$'\n'"$pip_out"
[ "$module_rc" -eq "$dev_rc" ] && [ "$module_out" = "$dev_out" ] || fail "python -m randlint (exit $module_rc) differs from the development build:"$'\n'"$module_out"
[ "$("$TMP/venv/bin/python" -m randlint --version)" = "$line" ] || fail "python -m randlint --version differs from the archive's"
echo "wheel in a fresh venv: randlint and python -m randlint lint Examples/monte-carlo, exit $pip_rc, output identical"

# --- the pre-commit hook's pyproject.toml pins this version --------------------------------------
python3 - "$version" <<'PY' || fail "pyproject.toml does not pin randlint $version"
import re, sys
version = sys.argv[1]
text = open("pyproject.toml", encoding="utf-8").read()
assert re.search(rf'^version = "{re.escape(version)}"$', text, re.M), "project version"
assert re.search(rf'^dependencies = \["randlint=={re.escape(version)}"\]$', text, re.M), "dependency pin"
PY

echo "PASS: release artifacts ($(basename "$archive"), $(basename "$wheel"))"
