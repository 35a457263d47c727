"""Prints the benchmark table from rkbench's and bench.py's JSON (arguments 1 and 2)."""
import json, platform, sys

s, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])


def ratio(a, b):
    return f"{a / b:6.2f}x" if a and b else "   n/a"


def get(key):
    return p.get(key)


print(f"RandomKeys benchmark: n = {s['n']:,} elements, one core; {platform.processor() or platform.machine()}, "
      f"numpy {p.get('numpy_version')}, jax {p.get('jax_version', 'n/a')}")
if "jax_error" in p:
    print("jax failed:", p["jax_error"])
rows = [
    ("memset (physical bound)", "GB/s", s["memset_gbps"], None, None),
    ("bits uint32 (JAX layout)", "GB/s", s["bits_gbps"],
     [("numpy PCG64 raw", get("numpy_pcg64_raw_gbps")), ("numpy Philox raw", get("numpy_philox_raw_gbps")),
      ("jax bits", get("jax_bits_gbps")), ("memset", s["memset_gbps"])], None),
    ("uniform float32", "M/s", s["uniform_f32_mps"],
     [("numpy PCG64", get("numpy_pcg64_uniform_f32_mps")), ("numpy Philox", get("numpy_philox_uniform_f32_mps")),
      ("jax", get("jax_uniform_f32_mps"))], None),
    ("normal float32", "M/s", s["normal_f32_mps"],
     [("numpy PCG64", get("numpy_pcg64_normal_f32_mps")), ("numpy Philox", get("numpy_philox_normal_f32_mps")),
      ("jax", get("jax_normal_f32_mps"))], None),
    (f"split into {s['split_n']:,} (buffer)", "M keys/s", s["split_mkeys"], [("jax", get("jax_split_mkeys"))], None),
    (f"split into {s['split_n']:,} (new array)", "M keys/s", s["split_array_mkeys"], [("jax", get("jax_split_mkeys"))], None),
]
for name, unit, value, refs, _ in rows:
    print(f"\n{name:32s} RandomKeys {value:9.2f} {unit}")
    for ref_name, ref in refs or []:
        shown = f"{ref:9.2f} {unit}" if ref else "      n/a"
        print(f"    {ref_name:24s} {shown}   RandomKeys/{ref_name}: {ratio(value, ref)}")

print("\ntargets (issue 3): bits >= 6 GB/s, >= 15x jax, >= 1.4x numpy PCG64; normal >= 2x numpy; "
      "uniform >= numpy; split >= 2x jax")
print("raw:", json.dumps(s), json.dumps(p))
