#!/usr/bin/env bash
# End-to-end test of .pre-commit-hooks.yaml with the real pre-commit (PyPI), offline apart from
# the first pip install and SwiftPM's dependency fetch (both cached).
#
# For each hook id it makes a throwaway git repository whose .pre-commit-config.yaml uses THIS
# checkout as its hook repository (`repo:` = a local git path, `rev:` = a commit), installs the
# git hook with `pre-commit install`, and checks as a user would:
#   - a commit staging Swift and C files with misuse is rejected, the findings printed (gcc form);
#   - an unstaged file with misuse in the same working tree is not reported (only the files
#     pre-commit passes are analyzed), nor a non-Swift/C file (types_or), nor a staged file
#     excluded by .randlint.yml (--force-exclude);
#   - a clean commit passes.
#
# Hooks (RANDLINT_PRECOMMIT_HOOKS, default "randlint-system randlint"):
#   randlint-system  language: unsupported, with the randlint of $RANDLINT_BIN_DIR on PATH
#                    (default .build/debug); seconds.
#   randlint-wheel   language: python: pre-commit pip-installs the hook repository
#                    (pyproject.toml), which depends on the randlint wheel. pip may use only the
#                    wheel in $RANDLINT_WHEEL_DIR (Scripts/release.sh's output) and a pinned
#                    setuptools for the build (PIP_NO_INDEX, PIP_FIND_LINKS: nothing published
#                    is involved), with a fresh PRE_COMMIT_HOME each run: the time of the first
#                    commit is a user's first run. The hook's randlint must be the wheel's binary.
#   randlint         language: swift: pre-commit clones the hook repo and runs
#                    `swift build -c release` in it (swift-syntax included): ~5 min on 2 cores the
#                    first time for a given tree, then reused (see "reuse" below).
#
# The working tree may be uncommitted and others may be editing it, so the hook repository is a
# snapshot: the files git would see (tracked + untracked, not ignored) copied into
# .build/precommit/hookrepo and committed with a fixed author, date and message. The commit id
# is then a function of the tree alone, and with PRE_COMMIT_HOME kept in .build/precommit/home
# pre-commit reuses its release build of randlint for as long as the tree is unchanged.
#
# Environment: PRECOMMIT_VENV (default .build/precommit-venv, made by Tests/precommit/venv.sh),
# RANDLINT_BIN_DIR, RANDLINT_WHEEL_DIR, RANDLINT_PRECOMMIT_HOOKS, KEEP=1 keeps the temporary
# repositories.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
STATE="$ROOT/.build/precommit"
BIN_DIR="${RANDLINT_BIN_DIR:-$ROOT/.build/debug}"
HOOKS="${RANDLINT_PRECOMMIT_HOOKS:-randlint-system randlint}"
SETUPTOOLS_VERSION=80.9.0   # pyproject.toml's build backend, for the randlint-wheel hook

fail() { echo "FAIL: $*" >&2; exit 1; }
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}s')" "$1" "$2"; }

mkdir -p "$STATE"
# One run at a time per checkout (several people may run the tests of one checkout at once).
exec 9>"$STATE/lock"
flock 9

# --- the real pre-commit, pinned, in a venv that is reused ---------------------------------
VENV="$("$ROOT/Tests/precommit/venv.sh")"
PRE_COMMIT="$VENV/bin/pre-commit"
"$PRE_COMMIT" validate-manifest "$ROOT/.pre-commit-hooks.yaml" || fail ".pre-commit-hooks.yaml is not a valid manifest"

# --- the hook repository: a deterministic snapshot of the working tree ---------------------
mkdir -p "$STATE"
HOOKREPO="$STATE/hookrepo"
rm -rf "$HOOKREPO"
mkdir -p "$HOOKREPO"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard) |
  (cd "$ROOT" && while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done) |
  (cd "$ROOT" && xargs -0 cp --parents -t "$HOOKREPO")
(
  cd "$HOOKREPO"
  export GIT_AUTHOR_NAME=randlint-test GIT_AUTHOR_EMAIL=test@randlint.invalid GIT_AUTHOR_DATE="2000-01-01T00:00:00Z"
  export GIT_COMMITTER_NAME=randlint-test GIT_COMMITTER_EMAIL=test@randlint.invalid GIT_COMMITTER_DATE="2000-01-01T00:00:00Z"
  git init -q -b main .
  git -c core.autocrlf=false add -A
  git -c commit.gpgsign=false commit -q -m "snapshot for the pre-commit test"
)
REV="$(git -C "$HOOKREPO" rev-parse HEAD)"
echo "hook repo: $HOOKREPO @ $REV"

# Keep only the environment of this snapshot (a release build is ~400 MB per tree version).
if [ -f "$STATE/home/db.db" ]; then
  python3 - "$STATE/home/db.db" "$HOOKREPO" "$REV" <<'PY'
import shutil, sqlite3, sys
db, repo, rev = sys.argv[1:]
with sqlite3.connect(db) as c:
    for ref, path in c.execute("SELECT ref, path FROM repos WHERE repo = ? AND ref != ?", (repo, rev)).fetchall():
        shutil.rmtree(path, ignore_errors=True)
    c.execute("DELETE FROM repos WHERE repo = ? AND ref != ?", (repo, rev))
PY
fi

export PRE_COMMIT_HOME="$STATE/home"
export PRE_COMMIT_COLOR=never
export NO_COLOR=1
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE

# --- one consumer repository per hook ---------------------------------------------------------
exercise() {
  local hook="$1" path_prefix="$2"
  local repo
  repo="$(mktemp -d "${TMPDIR:-/tmp}/randlint-precommit-$hook.XXXXXX")"
  cd "$repo"
  git init -q -b main .
  git config user.name "randlint test"; git config user.email test@randlint.invalid; git config commit.gpgsign false
  cat > .pre-commit-config.yaml <<EOF
repos:
  - repo: $HOOKREPO
    rev: $REV
    hooks:
      - id: $hook
EOF
  # Config excludes must apply to the files pre-commit passes explicitly (--force-exclude).
  printf 'exclude:\n  - "Generated/**"\n' > .randlint.yml
  printf '# consumer\n' > README.md
  "$PRE_COMMIT" validate-config .pre-commit-config.yaml || fail "$hook: invalid .pre-commit-config.yaml"
  git add .pre-commit-config.yaml .randlint.yml README.md
  git commit -q --no-verify -m init
  PATH="$path_prefix$PATH" "$PRE_COMMIT" install >/dev/null

  # Misuse that is NOT staged: pre-commit must not pass it, randlint must not see it.
  printf 'import Glibc\n\nfunc legacy() {\n    srand(99)\n}\n' > Legacy.swift
  # Misuse in a staged file excluded by .randlint.yml.
  mkdir -p Generated
  printf 'import Glibc\n\nfunc generated() {\n    srand(7)\n}\n' > Generated/Gen.swift
  # Staged misuse: srand inside a function (Swift) and in C.
  printf 'import Glibc\n\nfunc simulate() -> Int32 {\n    srand(42)\n    return rand()\n}\n' > Sim.swift
  printf '#include <stdlib.h>\n\nint roll(void) {\n    srand(1);\n    return rand() %% 6;\n}\n' > roll.c
  printf 'srand(42) in prose is not code\n' > NOTES.txt
  git add Sim.swift roll.c NOTES.txt Generated/Gen.swift

  local t0 t1 out rc
  t0=$(now)
  set +e
  out="$(PATH="$path_prefix$PATH" git commit -m "misuse" 2>&1)"
  rc=$?
  set -e
  t1=$(now)
  echo "---- $hook: commit with misuse (rc=$rc, $(elapsed "$t0" "$t1")) ----"
  echo "$out"
  [ "$rc" -ne 0 ] || fail "$hook: the commit with misuse was accepted"
  git rev-parse -q --verify HEAD~1 >/dev/null && fail "$hook: a commit was created despite the hook"
  grep -Eq "^randlint.*\.+Failed$" <<<"$out" || fail "$hook: pre-commit did not report the hook as Failed"
  grep -Eq "^Sim\.swift:4:5: (warning|error): .*\[global-seed\]" <<<"$out" || fail "$hook: no gcc-form global-seed finding for Sim.swift:4:5"
  grep -Eq "^roll\.c:4:5: (warning|error): .*\[global-seed\]" <<<"$out" || fail "$hook: no gcc-form global-seed finding for roll.c:4:5"
  grep -q "Legacy.swift" <<<"$out" && fail "$hook: the unstaged Legacy.swift was analyzed"
  grep -q "NOTES.txt" <<<"$out" && fail "$hook: a non-Swift/C file was passed to randlint"
  grep -q "Gen.swift" <<<"$out" && fail "$hook: Generated/Gen.swift is excluded by .randlint.yml but was reported (--force-exclude)"
  grep -q "exit code: 1" <<<"$out" || fail "$hook: randlint should exit 1 (findings), not 2"
  echo "$hook misuse-commit-seconds $(elapsed "$t0" "$t1")" >> "$STATE/timings.txt"

  # A clean commit passes: unstage the misuse, stage clean code.
  git reset -q
  printf 'import RandomKeys\n\nfunc simulate(key: RandomKey) -> Double {\n    key.uniform()\n}\n' > Clean.swift
  git add Clean.swift NOTES.txt
  t0=$(now)
  set +e
  out="$(PATH="$path_prefix$PATH" git commit -m "clean" 2>&1)"
  rc=$?
  set -e
  t1=$(now)
  echo "---- $hook: clean commit (rc=$rc, $(elapsed "$t0" "$t1")) ----"
  echo "$out"
  [ "$rc" -eq 0 ] || fail "$hook: the clean commit was rejected"
  grep -Eq "^randlint.*\.+Passed$" <<<"$out" || fail "$hook: pre-commit did not report the hook as Passed"
  [ "$(git log --format=%s -1)" = clean ] || fail "$hook: the clean commit is missing"
  echo "$hook clean-commit-seconds $(elapsed "$t0" "$t1")" >> "$STATE/timings.txt"
  cd "$ROOT"
  [ "${KEEP:-}" = 1 ] || rm -rf "$repo"
}

: > "$STATE/timings.txt"
for hook in $HOOKS; do
  case "$hook" in
    randlint-system)
      [ -x "$BIN_DIR/randlint" ] || fail "no randlint binary in $BIN_DIR (build it or set RANDLINT_BIN_DIR)"
      exercise randlint-system "$BIN_DIR:" ;;
    randlint)
      # The user's PATH must not provide randlint: pre-commit's own release build must be used.
      exercise randlint "" ;;
    randlint-wheel)
      WHEEL_DIR="${RANDLINT_WHEEL_DIR:-}"
      [ -n "$WHEEL_DIR" ] && compgen -G "$WHEEL_DIR/randlint-*.whl" >/dev/null \
        || fail "randlint-wheel: no randlint wheel in RANDLINT_WHEEL_DIR='$WHEEL_DIR' (bash Scripts/release.sh --debug --out DIR makes one)"
      # pyproject.toml's build backend, fetched once (the one download), then offline.
      WHEELHOUSE="$STATE/wheelhouse"
      compgen -G "$WHEELHOUSE/setuptools-$SETUPTOOLS_VERSION-*.whl" >/dev/null \
        || "$VENV/bin/pip" download --quiet --disable-pip-version-check --only-binary=:all: --no-deps \
             --dest "$WHEELHOUSE" "setuptools==$SETUPTOOLS_VERSION" || fail "could not fetch setuptools $SETUPTOOLS_VERSION"
      saved_home="$PRE_COMMIT_HOME"
      export PRE_COMMIT_HOME="$(mktemp -d "${TMPDIR:-/tmp}/randlint-precommit-home.XXXXXX")"
      export PIP_NO_INDEX=1 PIP_FIND_LINKS="$WHEEL_DIR $WHEELHOUSE" PIP_DISABLE_PIP_VERSION_CHECK=1
      exercise randlint-wheel ""
      # The environment pre-commit made runs the wheel's binary, byte for byte.
      envbin="$(compgen -G "$PRE_COMMIT_HOME/repo*/py_env-*/bin/randlint" | head -1)"
      [ -n "$envbin" ] || fail "randlint-wheel: no randlint in pre-commit's python environment"
      python3 - "$envbin" "$WHEEL_DIR"/randlint-*.whl <<'PY' || fail "randlint-wheel: the hook's randlint is not the wheel's binary"
import sys, zipfile
binary, wheel = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as w:
    script = next(n for n in w.namelist() if n.endswith(".data/scripts/randlint"))
    assert w.read(script) == open(binary, "rb").read()
PY
      echo "randlint-wheel: pre-commit's environment runs the wheel's binary ($("$envbin" --version))"
      unset PIP_NO_INDEX PIP_FIND_LINKS PIP_DISABLE_PIP_VERSION_CHECK
      [ "${KEEP:-}" = 1 ] || rm -rf "$PRE_COMMIT_HOME"
      export PRE_COMMIT_HOME="$saved_home" ;;
    *) fail "unknown hook id $hook" ;;
  esac
done
echo "---- timings ----"
cat "$STATE/timings.txt"
echo "PASS: pre-commit hooks ($HOOKS)"
