"""How close is RandomKeys' float32 normal to jax.random.normal? Usage: normal_ulp.py RKBENCH [COUNT]
Compares RandomKey(seed: s).normal(count: COUNT) with jax.random.normal(PRNGKey(s), (COUNT,)) for a few
seeds and prints the ulp-distance histogram."""
import subprocess, sys, os

os.environ.setdefault("JAX_PLATFORMS", "cpu")
import numpy as np
import jax, jax.numpy as jnp
from jax import random

binary = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000


def ordered(a):
    i = a.view(np.int32).astype(np.int64)
    return np.where(i < 0, np.int64(-(2**31)) - i, i)


hist, worst, total = {}, 0, 0
for seed in (0, 1, 42, 2**31 - 1):
    ours = np.frombuffer(subprocess.run([binary, "normal-f32", str(seed), str(count)], check=True,
                                        capture_output=True).stdout, dtype=np.float32)
    theirs = np.asarray(random.normal(random.PRNGKey(seed), (count,), jnp.float32))
    d = np.abs(ordered(ours) - ordered(theirs))
    worst = max(worst, int(d.max()))
    total += d.size
    for k, v in zip(*np.unique(d, return_counts=True)):
        hist[int(k)] = hist.get(int(k), 0) + int(v)
print(f"normal float32 vs jax {jax.__version__}: {total:,} values, worst {worst} ulp; "
      + ", ".join(f"{k} ulp: {v / total:.4%}" for k, v in sorted(hist.items())))
