"""Writes policy-vectors.json: JAX's numbers for the rows of the README's precision-policy
table and for the distributions RandomKeys reproduces, in both threefry layouts and both
jax_enable_x64 settings, and numpy's SeedSequence / Philox(seed) seeding.

    python generate-policy-vectors.py > policy-vectors.json

Needs jax (0.12.0.1 was used) and numpy; each (layout, x64) configuration runs in its own
process because JAX reads both settings once, before the first computation. Never run in CI.
"""
import json
import subprocess
import sys

SEEDS = [0, 1, 42, -1]


def one_configuration(partitionable, x64):
    import jax
    jax.config.update("jax_enable_x64", x64)
    jax.config.update("jax_threefry_partitionable", partitionable)
    import jax.numpy as jnp
    import numpy as np
    from jax import random

    def encode(a):
        a = np.asarray(a)
        if a.dtype == np.bool_:
            return {"dtype": "bool", "shape": list(a.shape), "values": a.astype(int).tolist()}
        if a.dtype.kind == "f":
            bits = a.view(np.uint32 if a.dtype == np.float32 else np.uint64)
            width = 8 if a.dtype == np.float32 else 16
            return {"dtype": str(a.dtype), "shape": list(a.shape),
                    "bits_hex": [f"0x{int(b):0{width}x}" for b in bits.ravel()],
                    "values": [float(v) for v in a.astype(np.float64).ravel()]}
        values = [str(int(v)) if a.dtype.itemsize == 8 else int(v) for v in a.ravel()]
        return {"dtype": str(a.dtype), "shape": list(a.shape), "values": values}

    f32, f64 = jnp.float32, jnp.float64
    cases = {
        "uniform_float64_(8,)": lambda k: random.uniform(k, (8,), f64),
        "uniform_float64_(8,)_min-2_max3": lambda k: random.uniform(k, (8,), f64, -2.0, 3.0),
        "normal_float64_(8,)": lambda k: random.normal(k, (8,), f64),
        "bernoulli_0.3_(16,)": lambda k: random.bernoulli(k, 0.3, (16,)),
        "exponential_float32_(8,)": lambda k: random.exponential(k, (8,), f32),
        "exponential_float64_(8,)": lambda k: random.exponential(k, (8,), f64),
        "choice_10_(6,)": lambda k: random.choice(k, 10, (6,)),
        "choice_10_(4,)_replace-false": lambda k: random.choice(k, 10, (4,), replace=False),
        "choice_4_(6,)_p": lambda k: random.choice(k, 4, (6,), p=jnp.array([0.1, 0.0, 0.6, 0.3])),
        "choice_5_(3,)_p_replace-false": lambda k: random.choice(
            k, 5, (3,), replace=False, p=jnp.array([0.1, 0.2, 0.05, 0.65, 0.0])),
        "rademacher_int32_(16,)": lambda k: random.rademacher(k, (16,), jnp.int32),
        "geometric_0.3_(8,)": lambda k: random.geometric(k, 0.3, (8,)),
    }
    logits = [0.1, 1.0, -0.5, 2.0]
    mean, cov = [1.0, -1.0, 0.5], [[2.0, 0.3, 0.1], [0.3, 1.0, 0.2], [0.1, 0.2, 0.5]]
    for name, dtype in [("float32", f32), ("float64", f64)]:
        cases.update({
            f"gamma_0.5_{name}_(8,)": lambda k, d=dtype: random.gamma(k, 0.5, (8,), d),
            f"gamma_2.5_{name}_(8,)": lambda k, d=dtype: random.gamma(k, 2.5, (8,), d),
            f"gamma_2.5_{name}_()": lambda k, d=dtype: random.gamma(k, 2.5, (), d),
            f"loggamma_0.3_{name}_(8,)": lambda k, d=dtype: random.loggamma(k, 0.3, (8,), d),
            f"beta_0.7_3_{name}_(8,)": lambda k, d=dtype: random.beta(k, 0.7, 3.0, (8,), d),
            f"dirichlet_{name}_(4,3)": lambda k, d=dtype: random.dirichlet(k, jnp.array([0.5, 1.0, 2.0]), (4,), d),
            f"chisquare_3_{name}_(8,)": lambda k, d=dtype: random.chisquare(k, 3.0, (8,), d),
            f"t_4_{name}_(8,)": lambda k, d=dtype: random.t(k, 4.0, (8,), d),
            f"f_3_5_{name}_(8,)": lambda k, d=dtype: random.f(k, 3.0, 5.0, (8,), d),
            f"generalized_normal_1.5_{name}_(8,)": lambda k, d=dtype: random.generalized_normal(k, 1.5, (8,), d),
            f"ball_3_2_{name}_(4,3)": lambda k, d=dtype: random.ball(k, 3, 2, (4,), d),
            f"categorical_{name}_(8,)": lambda k, d=dtype: random.categorical(k, jnp.array(logits, d), shape=(8,)),
            f"categorical_{name}_(3,)_replace-false": lambda k, d=dtype: random.categorical(
                k, jnp.array(logits, d), shape=(3,), replace=False),
            f"multivariate_normal_{name}_(4,3)": lambda k, d=dtype: random.multivariate_normal(
                k, jnp.array(mean, d), jnp.array(cov, d), (4,), d),
            f"multinomial_20_{name}_(6,3)": lambda k, d=dtype: random.multinomial(
                k, jnp.array(20.0, d), jnp.array([0.2, 0.5, 0.3], d), shape=(6,), dtype=d),
            f"orthogonal_3_{name}_(2,3,3)": lambda k, d=dtype: random.orthogonal(k, 3, (2,), d),
        })
    cases.update({
        "poisson_3.5_(16,)": lambda k: random.poisson(k, 3.5, (16,)),
        "poisson_25_(16,)": lambda k: random.poisson(k, 25.0, (16,)),
        "binomial_20_0.3_(16,)": lambda k: random.binomial(k, 20.0, 0.3, (16,)),
        "binomial_100_0.4_(16,)": lambda k: random.binomial(k, 100.0, 0.4, (16,)),
    })
    for name, dtype in [("float32", f32), ("float64", f64)]:
        cases.update({
            f"gumbel_{name}_(8,)": lambda k, d=dtype: random.gumbel(k, (8,), d),
            f"laplace_{name}_(8,)": lambda k, d=dtype: random.laplace(k, (8,), d),
            f"logistic_{name}_(8,)": lambda k, d=dtype: random.logistic(k, (8,), d),
            f"cauchy_{name}_(8,)": lambda k, d=dtype: random.cauchy(k, (8,), d),
            f"lognormal_{name}_(8,)": lambda k, d=dtype: random.lognormal(k, 0.5, (8,), d),
            f"rayleigh_{name}_(8,)": lambda k, d=dtype: random.rayleigh(k, 2.0, (8,), d),
            f"pareto_{name}_(8,)": lambda k, d=dtype: random.pareto(k, 3.0, (8,), d),
            f"weibull_min_{name}_(8,)": lambda k, d=dtype: random.weibull_min(k, 2.0, 1.5, (8,), d),
            f"truncated_normal_{name}_(8,)": lambda k, d=dtype: random.truncated_normal(k, -1.0, 2.0, (8,), d),
            f"triangular_{name}_(8,)": lambda k, d=dtype: random.triangular(k, 0.0, 0.3, 1.0, (8,), d),
            f"maxwell_{name}_(8,)": lambda k, d=dtype: random.maxwell(k, (8,), d),
            f"double_sided_maxwell_{name}_(8,)": lambda k, d=dtype: random.double_sided_maxwell(k, 0.0, 1.0, (8,), d),
            f"wald_{name}_(8,)": lambda k, d=dtype: random.wald(k, 1.5, (8,), d),
        })
    # JAX's own philox4x32 impl (jax.random.key(seed, impl="philox4x32")), layout independent.
    philox = {}
    for seed in SEEDS + ([2**32 + 7] if x64 else []):
        pk = random.key(seed, impl="philox4x32")
        record = {
            "key_data": encode(random.key_data(pk)),
            "split_3": encode(random.key_data(random.split(pk, 3))),
            "fold_in_7": encode(random.key_data(random.fold_in(pk, 7))),
            "bits_uint32_(9,)": encode(random.bits(pk, (9,), jnp.uint32)),
            "bits_uint8_(9,)": encode(random.bits(pk, (9,), jnp.uint8)),
            "uniform_float32_(8,)": encode(random.uniform(pk, (8,), jnp.float32)),
            "normal_float32_(8,)": encode(random.normal(pk, (8,), jnp.float32)),
            "randint_int32_(8,)_0_10": encode(random.randint(pk, (8,), 0, 10, jnp.int32)),
            "permutation_10": encode(random.permutation(pk, 10)),
        }
        if x64:
            record["bits_uint64_(5,)"] = encode(random.bits(pk, (5,), jnp.uint64))
            record["uniform_float64_(5,)"] = encode(random.uniform(pk, (5,), jnp.float64))
        philox[str(seed)] = record
    # The policy: float32 results are JAX's default (x64 off), float64 results x64 on. Without
    # x64 JAX has no float64 (it would silently give float32); with x64 a float32 draw can mix
    # in float64 (double_sided_maxwell's signs), so each float type is recorded in its setting.
    cases = {name: draw for name, draw in cases.items() if ("float64" if not x64 else "float32") not in name}
    out = {}
    for seed in SEEDS:
        key = random.PRNGKey(seed)
        entries = {}
        for name, draw in cases.items():
            try:
                entries[name] = encode(draw(key))
            except Exception as error:  # recorded, so a missing API is visible in the file
                entries[name] = {"error": f"{type(error).__name__}: {error}"}
        out[str(seed)] = entries
    out["philox4x32"] = philox
    return out


def main():
    if len(sys.argv) == 3:
        json.dump(one_configuration(bool(int(sys.argv[1])), bool(int(sys.argv[2]))), sys.stdout)
        return
    import jax
    import numpy
    result = {"source": {"jax": jax.__version__, "numpy": numpy.__version__,
                         "python": sys.version.split()[0], "seeds": SEEDS}}
    for partitionable in (1, 0):
        for x64 in (0, 1):
            text = subprocess.run([sys.executable, __file__, str(partitionable), str(x64)],
                                  check=True, capture_output=True, text=True).stdout
            layout = "threefry_partitionable_" + ("true" if partitionable else "false")
            result.setdefault(layout, {})["x64_" + ("enabled" if x64 else "disabled")] = json.loads(text)
    # numpy seeding: SeedSequence(seed) states and Philox(seed) (key = generate_state(2, uint64)).
    seeding = {}
    for seed in [0, 1, 42, 2**32 + 5, 2**64 - 1, 2**100 + 3]:
        sequence = numpy.random.SeedSequence(seed)
        seeding[str(seed)] = {
            "entropy_uint32": [int(w) for w in numpy.random.bit_generator._coerce_to_uint32_array(seed)],
            "generate_state_8_uint32": [int(w) for w in sequence.generate_state(8, numpy.uint32)],
            "generate_state_3_uint64": [str(int(w)) for w in sequence.generate_state(3, numpy.uint64)],
            "philox_random_raw_4": [str(int(w)) for w in numpy.random.Philox(seed).random_raw(4)],
        }
    result["numpy_seeding"] = seeding
    json.dump(result, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
