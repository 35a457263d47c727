"""numpy (PCG64, Philox) and jax (CPU, jit) throughput on the same sizes as rkbench.
Prints one JSON object. Usage: bench.py N REPEATS"""
import json, os, sys, time

os.environ.setdefault("JAX_PLATFORMS", "cpu")
import numpy as np

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000_000
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
split_n = 1_000_000


# RK_BENCH_CLOCK=cpu: CPU time of the whole process (jax computes on its own threads).
clock = time.process_time if os.environ.get("RK_BENCH_CLOCK") == "cpu" else time.perf_counter


def best(fn):
    t = float("inf")
    for _ in range(repeats):
        start = clock()
        fn()
        t = min(t, clock() - start)
    return t


out = {"numpy_version": np.__version__}
buf32 = np.empty(n, dtype=np.float32)
for name, bg in [("pcg64", np.random.PCG64), ("philox", np.random.Philox)]:
    rng = np.random.Generator(bg(42))
    t = best(lambda: rng.bit_generator.random_raw(n // 2))  # n/2 uint64 = 4n bytes
    out[f"numpy_{name}_raw_gbps"] = 4 * n / t / 1e9
    t = best(lambda: rng.random(out=buf32, dtype=np.float32))
    out[f"numpy_{name}_uniform_f32_mps"] = n / t / 1e6
    t = best(lambda: rng.standard_normal(out=buf32, dtype=np.float32))
    out[f"numpy_{name}_normal_f32_mps"] = n / t / 1e6
del buf32

try:
    import jax
    import jax.numpy as jnp
    from jax import random

    out["jax_version"] = jax.__version__
    key = random.PRNGKey(42)
    bits = jax.jit(lambda k: random.bits(k, (n,), jnp.uint32))
    normal = jax.jit(lambda k: random.normal(k, (n,), jnp.float32))
    uniform = jax.jit(lambda k: random.uniform(k, (n,), jnp.float32))
    split = jax.jit(lambda k: random.split(k, split_n))
    for f in (bits, normal, uniform, split):
        f(key).block_until_ready()  # compile outside the timing
    out["jax_bits_gbps"] = 4 * n / best(lambda: bits(key).block_until_ready()) / 1e9
    out["jax_uniform_f32_mps"] = n / best(lambda: uniform(key).block_until_ready()) / 1e6
    out["jax_normal_f32_mps"] = n / best(lambda: normal(key).block_until_ready()) / 1e6
    out["jax_split_mkeys"] = split_n / best(lambda: split(key).block_until_ready()) / 1e6
except Exception as e:  # report, do not hide: the table shows the missing figures
    out["jax_error"] = repr(e)

print(json.dumps(out))
