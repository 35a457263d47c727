#!/usr/bin/env python3
"""Packaging steps of Scripts/release.sh that need more than the shell: standard library only.

  package.py stamp BINARY COMMIT     write COMMIT into the binary's commit slot (randlint --version)
  package.py glibc BINARY            print the highest GLIBC_x.y symbol version the binary needs
  package.py wheel --binary B --version V --readme R [--license L] [--epoch S] --out DIR
                                     write DIR/randlint-V-py3-none-manylinux_X_Y_ARCH.whl and print its path

The wheel has the layout pip installs as an executable (as Ruff's does): the binary is a
"script" of the distribution (randlint-V.data/scripts/randlint, installed into the venv's bin/),
and a small Python package `randlint` makes `python -m randlint` run it. The platform tag is
read from the binary: manylinux_X_Y where GLIBC_X.Y is the newest glibc symbol version it links
against (PEP 600), and the architecture from the ELF header.

Exit status: 0 done, 2 bad input (with one line on stderr).
"""
import argparse
import base64
import hashlib
import io
import os
import re
import struct
import sys
import time
import zipfile
from pathlib import Path

PACKAGE_SOURCES = Path(__file__).resolve().parent / "randlint"

# The slot Sources/randlint/VersionLine.swift reserves: a prefix and 48 dots.
SLOT_PREFIX = b"randlint-build-commit:"
SLOT = SLOT_PREFIX + b"." * 48

ELF_MACHINES = {62: "x86_64", 183: "aarch64"}
SHT_GNU_VERNEED = 0x6FFFFFFE


class PackagingError(Exception):
    pass


# --- the commit stamp --------------------------------------------------------------------------

def stamp(binary: Path, commit: str) -> None:
    if not re.fullmatch(r"[0-9a-f]{7,40}(\+dirty)?", commit):
        raise PackagingError(f"not a commit id: {commit!r} (expected hex digits, optionally followed by +dirty)")
    data = binary.read_bytes()
    found = data.count(SLOT)
    if found != 1:
        raise PackagingError(f"{binary}: expected one unstamped commit slot, found {found} "
                             "(already stamped, or not a randlint binary)")
    value = commit.encode().ljust(len(SLOT) - len(SLOT_PREFIX), b" ")
    binary.write_bytes(data.replace(SLOT, SLOT_PREFIX + value))


# --- ELF: architecture and glibc symbol versions ---------------------------------------------

def read_elf(binary: Path):
    """(architecture, set of versions needed from shared libraries) of a 64-bit little-endian ELF."""
    data = binary.read_bytes()
    if data[:4] != b"\x7fELF":
        raise PackagingError(f"{binary}: not an ELF file")
    if data[4] != 2 or data[5] != 1:
        raise PackagingError(f"{binary}: only 64-bit little-endian ELF is supported")
    (machine,) = struct.unpack_from("<H", data, 0x12)
    arch = ELF_MACHINES.get(machine)
    if arch is None:
        raise PackagingError(f"{binary}: unsupported ELF machine {machine}")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    needed = set()
    for (_, kind, _, _, offset, _, link, count, _, _) in sections:
        if kind != SHT_GNU_VERNEED:
            continue
        strings = sections[link][4]

        def name(at):
            end = data.index(b"\0", strings + at)
            return data[strings + at:end].decode()

        entry = offset
        for _ in range(count):
            _, aux_count, _, aux, following = struct.unpack_from("<HHIII", data, entry)
            at = entry + aux
            for _ in range(aux_count):
                _, _, _, name_at, next_aux = struct.unpack_from("<IHHII", data, at)
                needed.add(name(name_at))
                at += next_aux
            entry += following
    return arch, needed


def glibc_version(binary: Path):
    """The newest GLIBC_x.y the binary needs, as (x, y); (2, 17) when it needs nothing newer."""
    _, needed = read_elf(binary)
    versions = [tuple(int(p) for p in m.groups())
                for m in (re.fullmatch(r"GLIBC_(\d+)\.(\d+)(?:\.\d+)?", v) for v in needed) if m]
    # manylinux2014 (glibc 2.17) is the oldest baseline pip still names for these architectures.
    return max(versions + [(2, 17)])


# --- the wheel ---------------------------------------------------------------------------------

def record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"sha256={digest}"


def metadata(version: str, readme: str, license_name) -> str:
    lines = [
        "Metadata-Version: 2.4",
        "Name: randlint",
        f"Version: {version}",
        "Summary: Find randomness misuse in Swift and C: global seeds, reused keys, keys made inside functions, reseeding",
        "Keywords: static-analysis,linter,random,prng,reproducibility,swift,c",
        "Classifier: Environment :: Console",
        "Classifier: Operating System :: POSIX :: Linux",
        "Classifier: Programming Language :: C",
        "Classifier: Programming Language :: Swift",
        "Classifier: Topic :: Software Development :: Quality Assurance",
        "Requires-Python: >=3.8",
    ]
    if license_name:
        lines.append(f"License-File: {license_name}")
    lines.append("Description-Content-Type: text/markdown")
    return "\n".join(lines) + "\n\n" + readme


def wheel(binary: Path, version: str, readme: Path, license_file, epoch: int, out: Path) -> Path:
    if not re.fullmatch(r"\d+(\.\d+)*([ab]|rc)?\d*", version):
        raise PackagingError(f"not a release version: {version!r}")
    arch, _ = read_elf(binary)
    major, minor = glibc_version(binary)
    tag = f"py3-none-manylinux_{major}_{minor}_{arch}"
    name = f"randlint-{version}"
    dist_info = f"{name}.dist-info"
    files = []  # (path in the wheel, bytes, executable)
    for source in sorted(PACKAGE_SOURCES.glob("*.py")):
        files.append((f"randlint/{source.name}", source.read_bytes(), False))
    files.append((f"{name}.data/scripts/randlint", binary.read_bytes(), True))
    license_name = None
    if license_file:
        license_name = Path(license_file).name
        files.append((f"{dist_info}/licenses/{license_name}", Path(license_file).read_bytes(), False))
    files.append((f"{dist_info}/METADATA",
                  metadata(version, readme.read_text(encoding="utf-8"), license_name).encode(), False))
    files.append((f"{dist_info}/WHEEL", (
        "Wheel-Version: 1.0\n"
        "Generator: randlint Scripts/release/package.py\n"
        "Root-Is-Purelib: false\n"
        f"Tag: {tag}\n").encode(), False))
    record = "".join(f"{path},{record_hash(data)},{len(data)}\n" for path, data, _ in files)
    record += f"{dist_info}/RECORD,,\n"
    files.append((f"{dist_info}/RECORD", record.encode(), False))

    # Reproducible: fixed timestamps (zip cannot store dates before 1980) and a fixed file order.
    stamp_time = time.gmtime(max(epoch, 315532800))[:6]
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{name}-{tag}.whl"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, data, executable in files:
            info = zipfile.ZipInfo(path, date_time=stamp_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o100755 if executable else 0o100644) << 16
            archive.writestr(info, data)
    target.write_bytes(buffer.getvalue())
    return target


def main(argv):
    parser = argparse.ArgumentParser(prog="package.py", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("stamp", help="write the commit into the binary's commit slot")
    s.add_argument("binary", type=Path)
    s.add_argument("commit")
    g = sub.add_parser("glibc", help="print the newest GLIBC symbol version the binary needs")
    g.add_argument("binary", type=Path)
    w = sub.add_parser("wheel", help="write the wheel")
    w.add_argument("--binary", type=Path, required=True)
    w.add_argument("--version", required=True)
    w.add_argument("--readme", type=Path, required=True)
    w.add_argument("--license", type=Path)
    w.add_argument("--epoch", type=int, default=int(os.environ.get("SOURCE_DATE_EPOCH", "315532800")))
    w.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv[1:])
    try:
        if args.command == "stamp":
            stamp(args.binary, args.commit)
        elif args.command == "glibc":
            print("%d.%d" % glibc_version(args.binary))
        else:
            print(wheel(args.binary, args.version, args.readme, args.license, args.epoch, args.out))
    except (OSError, PackagingError, struct.error, ValueError, IndexError) as error:
        print(f"package.py: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
