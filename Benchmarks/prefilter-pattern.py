"""Prints the ripgrep pattern that searches for what randlint's prefilter looks for in one
language's files when the default rules run: the catalog calls of the API kinds those rules start
on (`Rule.startsOn`: seed-global for global-seed, mid-program-reseed and time-seed; draw-global for
hidden-global-rng, modulo-bias and rand-int-division (which also start on keys and generators:
a key's draw needs a key, so its type is named); make-key and make-generator for key-reuse,
key-created-inside and time-seed), followed by an opening
parenthesis, and the key and generator type names.
    python3 Benchmarks/prefilter-pattern.py c|swift"""
import glob
import sys

import yaml

language = sys.argv[1] if len(sys.argv) > 1 else "swift"
kinds = ("seed-global", "draw-global", "make-key", "make-generator")
calls, types = set(), set()
for path in glob.glob("Rules/*.yml"):
    doc = yaml.safe_load(open(path))
    if language not in doc.get("languages", []):
        continue
    types.update(doc.get("key-types", []))
    types.update(doc.get("generator-types", []))
    for api in doc.get("apis", []):
        if api["kind"] in kinds and language in api.get("languages", doc["languages"]):
            calls.add(api["name"])
print(r"(?-u)\b(%s)[ \t]*\(|\b(%s)\b" % ("|".join(sorted(calls)), "|".join(sorted(types))))
