"""Prints the ripgrep pattern that searches for what randlint's prefilter looks for in one
language's files when the default rules run: the catalog calls of the API kinds those rules start
on (`Rule.startsOn`: seed-global for global-seed and mid-program-reseed, make-key and
make-generator for key-reuse and key-created-inside), followed by an opening parenthesis, and the
key type names.
    python3 Benchmarks/prefilter-pattern.py c|swift"""
import glob
import sys

import yaml

language = sys.argv[1] if len(sys.argv) > 1 else "swift"
kinds = ("seed-global", "make-key", "make-generator")
calls, types = set(), set()
for path in glob.glob("Rules/*.yml"):
    doc = yaml.safe_load(open(path))
    if language not in doc.get("languages", []):
        continue
    types.update(doc.get("key-types", []))
    for api in doc.get("apis", []):
        if api["kind"] in kinds and language in api.get("languages", doc["languages"]):
            calls.add(api["name"])
print(r"(?-u)\b(%s)[ \t]*\(|\b(%s)\b" % ("|".join(sorted(calls)), "|".join(sorted(types))))
