"""Prints the ripgrep pattern that searches for what randlint's prefilter looks for: catalog
calls that can start a finding (followed by an opening parenthesis) and key type names."""
import glob
import yaml

calls, types = set(), set()
for path in glob.glob("Rules/*.yml"):
    doc = yaml.safe_load(open(path))
    types.update(doc.get("key-types", []))
    for api in doc.get("apis", []):
        if api["kind"] in ("seed-global", "draw-global", "make-key", "make-generator", "call"):
            calls.add(api["name"])
print(r"(?-u)\b(%s)[ \t]*\(|\b(%s)\b" % ("|".join(sorted(calls)), "|".join(sorted(types))))
