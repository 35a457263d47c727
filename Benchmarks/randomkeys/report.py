"""Prints the benchmark table from rkbench's JSON (default build), bench.py's JSON and, optionally,
rkbench's JSON from the -target-cpu native build. Usage: report.py DEFAULT_JSON PY_JSON [NATIVE_JSON]"""
import json, os, platform, sys

s, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
native = json.loads(sys.argv[3]) if len(sys.argv) > 3 else None


def ratio(a, b):
    return f"{a / b:6.2f}x" if a and b else "   n/a"


def get(key):
    return p.get(key)


clock = "thread/process CPU time" if os.environ.get("RK_BENCH_CLOCK") == "cpu" else "wall clock"
print(f"RandomKeys benchmark: n = {s['n']:,} elements, one core, {clock}; "
      f"{platform.processor() or platform.machine()}, numpy {p.get('numpy_version')}, jax {p.get('jax_version', 'n/a')}")
print("RandomKeys: default `swift build -c release`" + (" and, in brackets, -target-cpu native" if native else ""))
if "jax_error" in p:
    print("jax failed:", p["jax_error"])
rows = [
    ("memset (physical bound)", "GB/s", "memset_gbps", None),
    ("bits uint32 (JAX layout)", "GB/s", "bits_gbps",
     [("numpy PCG64 raw", get("numpy_pcg64_raw_gbps")), ("numpy Philox raw", get("numpy_philox_raw_gbps")),
      ("jax bits", get("jax_bits_gbps")), ("memset", s["memset_gbps"])]),
    ("uniform float32", "M/s", "uniform_f32_mps",
     [("numpy PCG64", get("numpy_pcg64_uniform_f32_mps")), ("numpy Philox", get("numpy_philox_uniform_f32_mps")),
      ("jax", get("jax_uniform_f32_mps"))]),
    ("normal float32", "M/s", "normal_f32_mps",
     [("numpy PCG64", get("numpy_pcg64_normal_f32_mps")), ("numpy Philox", get("numpy_philox_normal_f32_mps")),
      ("jax", get("jax_normal_f32_mps"))]),
    (f"split into {s['split_n']:,} (buffer)", "M keys/s", "split_mkeys", [("jax", get("jax_split_mkeys"))]),
    (f"split into {s['split_n']:,} (new array)", "M keys/s", "split_array_mkeys", [("jax", get("jax_split_mkeys"))]),
    (f"split into {s['split_n']:,} (array, fresh pages)", "M keys/s", "split_array_fresh_mkeys",
     [("jax", get("jax_split_mkeys"))]),
]
for name, unit, key, refs in rows:
    value = s.get(key)
    if value is None:
        continue
    extra = f"   [native {native[key]:9.2f}]" if native and key in native else ""
    print(f"\n{name:36s} RandomKeys {value:9.2f} {unit}{extra}")
    for ref_name, ref in refs or []:
        shown = f"{ref:9.2f} {unit}" if ref else "      n/a"
        nratio = f"   [native {ratio(native[key], ref)}]" if native and key in native else ""
        print(f"    {ref_name:24s} {shown}   RandomKeys/{ref_name}: {ratio(value, ref)}{nratio}")

print("\ntargets (issue 3): bits >= 6 GB/s, >= 15x jax, >= 1.4x numpy PCG64; normal >= 2x numpy; "
      "uniform >= numpy; split >= 2x jax")
print("raw:", json.dumps(s), json.dumps(p), json.dumps(native) if native else "")
