/*
 * randomkeys.h — explicit, splittable, JAX-style PRNG keys for C99 (header only).
 *
 * The C twin of the Swift module RandomKeys: for the same key every function here returns
 * the same numbers as the Swift method of the same name (tested bit for bit).
 *
 *     rk_key k = rk_key_from_seed(42);          // jax.random.PRNGKey(42) (x64 seeds)
 *     rk_key sub[2]; rk_split(k, sub, 2);       // jax.random.split(k, 2)
 *     rk_key w = rk_fold_in(k, 7);              // jax.random.fold_in(k, 7)
 *     uint32_t b = rk_bits32(sub[0]);           // jax.random.bits(sub[0])
 *     double u = rk_uniform(sub[1]);            // [0, 1), 52 random bits
 *     double z = rk_normal(w);
 *
 * Discipline: a key is a value; drawing from it is a pure function of the key. Use every key
 * once: split (or fold_in a step index) to get new keys, never draw twice from one key.
 *
 * Implementations (chosen at creation, carried by the key, never mixed):
 *   RK_THREEFRY2X32         threefry2x32-20, JAX's default (partitionable) layout
 *   RK_THREEFRY2X32_LEGACY  threefry2x32-20, JAX's jax_threefry_partitionable=False layout
 *   RK_PHILOX4X32           philox4x32-10, cuRAND Philox4_32_10 stream (subsequence 0)
 *   RK_PHILOX4X64           philox4x64-10, numpy Philox(key=..., counter=0) stream
 *
 * Floating point: the float functions call libm (log1pf, log1p, exp, erf, erfc) like the
 * Swift module does, and expect IEEE single/double arithmetic without contraction of a*b+c
 * into FMA (the default of gcc in ISO C mode; clang is told below). Do not build with
 * -ffast-math or -ffp-contract=fast if you need the Swift numbers bit for bit.
 * Link with -lm.
 */
#ifndef RANDOMKEYS_H
#define RANDOMKEYS_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef enum rk_impl {
    RK_THREEFRY2X32 = 0,
    RK_THREEFRY2X32_LEGACY = 1,
    RK_PHILOX4X32 = 2,
    RK_PHILOX4X64 = 3
} rk_impl;

/* An opaque key value: the implementation and two key words (32-bit implementations use the
 * low 32 bits of each). Do not do arithmetic on it; derive keys with rk_split / rk_fold_in. */
typedef struct rk_key {
    rk_impl impl;
    uint64_t w[2];
} rk_key;

/* ---- raw block functions ------------------------------------------------------------ */

/* Threefry-2x32, 20 rounds: JAX threefry2x32_p, Random123 threefry2x32_R(20, ctr, key). */
static inline void rk_threefry2x32(const uint32_t key[2], const uint32_t ctr[2], uint32_t out[2]) {
    uint32_t k0 = key[0], k1 = key[1], k2 = key[0] ^ key[1] ^ 0x1BD11BDAu;
    uint32_t x0 = ctr[0] + k0, x1 = ctr[1] + k1;
#define RK__R(r) do { x0 += x1; x1 = (x1 << (r)) | (x1 >> (32 - (r))); x1 ^= x0; } while (0)
    RK__R(13); RK__R(15); RK__R(26); RK__R(6);
    x0 += k1; x1 += k2 + 1u;
    RK__R(17); RK__R(29); RK__R(16); RK__R(24);
    x0 += k2; x1 += k0 + 2u;
    RK__R(13); RK__R(15); RK__R(26); RK__R(6);
    x0 += k0; x1 += k1 + 3u;
    RK__R(17); RK__R(29); RK__R(16); RK__R(24);
    x0 += k1; x1 += k2 + 4u;
    RK__R(13); RK__R(15); RK__R(26); RK__R(6);
    x0 += k2; x1 += k0 + 5u;
#undef RK__R
    out[0] = x0;
    out[1] = x1;
}

/* Philox-4x32, 10 rounds: Random123 philox4x32_R(10, ctr, key). */
static inline void rk_philox4x32(const uint32_t key[2], const uint32_t ctr[4], uint32_t out[4]) {
    uint32_t k0 = key[0], k1 = key[1];
    uint32_t c0 = ctr[0], c1 = ctr[1], c2 = ctr[2], c3 = ctr[3];
    int round;
    for (round = 0; round < 10; round++) {
        uint64_t p0, p1;
        if (round > 0) { k0 += 0x9E3779B9u; k1 += 0xBB67AE85u; }
        p0 = (uint64_t)0xD2511F53u * c0;
        p1 = (uint64_t)0xCD9E8D57u * c2;
        c0 = (uint32_t)(p1 >> 32) ^ c1 ^ k0;
        c2 = (uint32_t)(p0 >> 32) ^ c3 ^ k1;
        c1 = (uint32_t)p1;
        c3 = (uint32_t)p0;
    }
    out[0] = c0; out[1] = c1; out[2] = c2; out[3] = c3;
}

/* 64x64 -> 128-bit product, portable C99. */
static inline void rk__mul64(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo) {
    uint64_t a0 = a & 0xFFFFFFFFu, a1 = a >> 32, b0 = b & 0xFFFFFFFFu, b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + (p01 & 0xFFFFFFFFu) + (p10 & 0xFFFFFFFFu);
    *lo = (mid << 32) | (p00 & 0xFFFFFFFFu);
    *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/* Philox-4x64, 10 rounds: Random123 philox4x64_R(10, ctr, key), numpy's Philox block. */
static inline void rk_philox4x64(const uint64_t key[2], const uint64_t ctr[4], uint64_t out[4]) {
    uint64_t k0 = key[0], k1 = key[1];
    uint64_t c0 = ctr[0], c1 = ctr[1], c2 = ctr[2], c3 = ctr[3];
    int round;
    for (round = 0; round < 10; round++) {
        uint64_t h0, l0, h1, l1;
        if (round > 0) { k0 += 0x9E3779B97F4A7C15u; k1 += 0xBB67AE8584CAA73Bu; }
        rk__mul64(0xD2E7470EE14C6C93u, c0, &h0, &l0);
        rk__mul64(0xCA5A826395121157u, c2, &h1, &l1);
        c0 = h1 ^ c1 ^ k0;
        c2 = h0 ^ c3 ^ k1;
        c1 = l1;
        c3 = l0;
    }
    out[0] = c0; out[1] = c1; out[2] = c2; out[3] = c3;
}

/* ---- keys ------------------------------------------------------------------------------ */

/* A key from a seed, as RandomKey(seed:implementation:):
 * threefry: [seed >> 32, seed & 0xFFFFFFFF] (jax.random.PRNGKey(seed) with x64 enabled);
 * philox4x32: (seed low, seed high) as curand_init(seed, 0, 0); philox4x64: (seed, 0). */
static inline rk_key rk_key_from_seed_impl(int64_t seed, rk_impl impl) {
    rk_key k;
    uint64_t s = (uint64_t)seed;
    k.impl = impl;
    switch (impl) {
    case RK_PHILOX4X32: k.w[0] = s & 0xFFFFFFFFu; k.w[1] = s >> 32; break;
    case RK_PHILOX4X64: k.w[0] = s; k.w[1] = 0; break;
    default: k.w[0] = s >> 32; k.w[1] = s & 0xFFFFFFFFu; break;
    }
    return k;
}

/* jax.random.PRNGKey(seed) (threefry2x32, default layout). */
static inline rk_key rk_key_from_seed(int64_t seed) {
    return rk_key_from_seed_impl(seed, RK_THREEFRY2X32);
}

/* A key from raw words (e.g. jax key_data). Returns 0 on success, -1 if a word does not fit. */
static inline int rk_key_from_data(rk_impl impl, const uint64_t data[2], rk_key *out) {
    if (impl != RK_PHILOX4X64 && (data[0] > 0xFFFFFFFFu || data[1] > 0xFFFFFFFFu)) return -1;
    out->impl = impl;
    out->w[0] = data[0];
    out->w[1] = data[1];
    return 0;
}

static inline void rk__tf(rk_key k, uint32_t c0, uint32_t c1, uint32_t out[2]) {
    uint32_t key[2], ctr[2];
    key[0] = (uint32_t)k.w[0]; key[1] = (uint32_t)k.w[1];
    ctr[0] = c0; ctr[1] = c1;
    rk_threefry2x32(key, ctr, out);
}

static inline void rk__p32(rk_key k, uint64_t block, uint32_t c3, uint32_t out[4]) {
    uint32_t key[2], ctr[4];
    key[0] = (uint32_t)k.w[0]; key[1] = (uint32_t)k.w[1];
    ctr[0] = (uint32_t)block; ctr[1] = (uint32_t)(block >> 32); ctr[2] = 0; ctr[3] = c3;
    rk_philox4x32(key, ctr, out);
}

static inline void rk__p64(rk_key k, uint64_t c0, uint64_t c3, uint64_t out[4]) {
    uint64_t ctr[4];
    ctr[0] = c0; ctr[1] = 0; ctr[2] = 0; ctr[3] = c3;
    rk_philox4x64(k.w, ctr, out);
}

/* Key `index` of a split into `count` keys. */
static inline rk_key rk__derived(rk_key k, uint64_t index, uint64_t count) {
    rk_key r;
    r.impl = k.impl;
    switch (k.impl) {
    case RK_THREEFRY2X32: {
        uint32_t y[2];
        rk__tf(k, (uint32_t)(index >> 32), (uint32_t)index, y);
        r.w[0] = y[0]; r.w[1] = y[1];
        break;
    }
    case RK_THREEFRY2X32_LEGACY: {
        /* reshape(threefry_2x32(key, iota(2n)), (n, 2)): word f is y0 of block f (f < n),
         * else y1 of block f - n; block j has counter (j, n + j). */
        int i;
        for (i = 0; i < 2; i++) {
            uint64_t f = 2 * index + (uint64_t)i, j = f < count ? f : f - count;
            uint32_t y[2];
            rk__tf(k, (uint32_t)j, (uint32_t)(count + j), y);
            r.w[i] = f < count ? y[0] : y[1];
        }
        break;
    }
    case RK_PHILOX4X32: {
        uint32_t y[4];
        rk__p32(k, index, 0x80000000u, y);
        r.w[0] = y[0]; r.w[1] = y[1];
        break;
    }
    default: {
        uint64_t y[4];
        rk__p64(k, index, (uint64_t)1 << 63, y);
        r.w[0] = y[0]; r.w[1] = y[1];
        break;
    }
    }
    return r;
}

/* jax.random.split(k, n): writes n new keys. Use them, never k again. */
static inline void rk_split(rk_key k, rk_key *out, size_t n) {
    size_t i;
    for (i = 0; i < n; i++) out[i] = rk__derived(k, (uint64_t)i, (uint64_t)n);
}

/* jax.random.fold_in(k, data): does not use up k (fold a step or worker index). */
static inline rk_key rk_fold_in(rk_key k, uint32_t data) {
    if (k.impl == RK_THREEFRY2X32 || k.impl == RK_THREEFRY2X32_LEGACY) {
        rk_key r;
        uint32_t y[2];
        rk__tf(k, 0, data, y);
        r.impl = k.impl; r.w[0] = y[0]; r.w[1] = y[1];
        return r;
    }
    return rk__derived(k, data, (uint64_t)data + 1);
}

/* ---- bits ------------------------------------------------------------------------------ */

/* jax.random.bits(k, (n,), uint32). */
static inline void rk_fill_bits32(rk_key k, uint32_t *out, size_t n) {
    size_t i;
    switch (k.impl) {
    case RK_THREEFRY2X32: {
        const uint32_t k0 = (uint32_t)k.w[0], k1 = (uint32_t)k.w[1];
        for (i = 0; i < n; i++) {
            uint32_t key[2], ctr[2], y[2];
            key[0] = k0; key[1] = k1;
            ctr[0] = (uint32_t)((uint64_t)i >> 32); ctr[1] = (uint32_t)i;
            rk_threefry2x32(key, ctr, y);
            out[i] = y[0] ^ y[1];
        }
        break;
    }
    case RK_THREEFRY2X32_LEGACY: {
        size_t h = (n + 1) / 2, j;
        for (j = 0; j < h; j++) {
            uint32_t y[2];
            rk__tf(k, (uint32_t)j, h + j < n ? (uint32_t)(h + j) : 0u, y);
            out[j] = y[0];
            if (h + j < n) out[h + j] = y[1];
        }
        break;
    }
    case RK_PHILOX4X32: {
        uint64_t block = 0;
        for (i = 0; i < n; block++) {
            uint32_t y[4];
            int w;
            rk__p32(k, block, 0, y);
            for (w = 0; w < 4 && i < n; w++) out[i++] = y[w];
        }
        break;
    }
    default: {
        uint64_t block = 1; /* numpy increments the counter before each block */
        for (i = 0; i < n; block++) {
            uint64_t y[4];
            int w;
            rk__p64(k, block, 0, y);
            for (w = 0; w < 8 && i < n; w++) out[i++] = (uint32_t)(y[w / 2] >> (32 * (w % 2)));
        }
        break;
    }
    }
}

/* Word `index` of the key's 64-bit stream (RandomKey.generator()'s sequence). */
static inline uint64_t rk_word64(rk_key k, uint64_t index) {
    switch (k.impl) {
    case RK_PHILOX4X32: {
        uint32_t y[4];
        rk__p32(k, index >> 1, 0, y);
        return (index & 1) == 0 ? ((uint64_t)y[0] | (uint64_t)y[1] << 32) : ((uint64_t)y[2] | (uint64_t)y[3] << 32);
    }
    case RK_PHILOX4X64: {
        uint64_t y[4];
        rk__p64(k, (index >> 2) + 1, 0, y);
        return y[index & 3];
    }
    default: {
        uint32_t y[2];
        rk__tf(k, (uint32_t)(index >> 32), (uint32_t)index, y);
        return (uint64_t)y[0] << 32 | y[1];
    }
    }
}

/* jax.random.bits(k, (n,), uint64) (x64 enabled). */
static inline void rk_fill_bits64(rk_key k, uint64_t *out, size_t n) {
    size_t i;
    if (k.impl == RK_THREEFRY2X32_LEGACY) {
        for (i = 0; i < n; i++) {
            uint32_t y[2];
            rk__tf(k, (uint32_t)i, (uint32_t)(n + i), y);
            out[i] = (uint64_t)y[0] << 32 | y[1];
        }
        return;
    }
    for (i = 0; i < n; i++) out[i] = rk_word64(k, (uint64_t)i);
}

/* jax.random.bits(k): 32 bits. */
static inline uint32_t rk_bits32(rk_key k) { uint32_t b; rk_fill_bits32(k, &b, 1); return b; }

/* jax.random.bits(k, (), uint64): 64 bits. */
static inline uint64_t rk_bits64(rk_key k) { uint64_t b; rk_fill_bits64(k, &b, 1); return b; }

/* ---- uniform ----------------------------------------------------------------------------- */

static inline float rk__unit_f32(uint32_t b) {
    union { uint32_t u; float f; } c;
    c.u = (b >> 9) | 0x3F800000u;
    return c.f - 1.0f;
}

static inline double rk__unit_f64(uint64_t b) {
    union { uint64_t u; double d; } c;
    c.u = (b >> 12) | 0x3FF0000000000000u;
    return c.d - 1.0;
}

/* [0, 1) with 23 random bits: jax.random.uniform(k) (float32). */
static inline float rk_uniform_f32(rk_key k) { return rk__unit_f32(rk_bits32(k)); }

/* [0, 1) with 52 random bits: jax.random.uniform(k, (), float64). */
static inline double rk_uniform(rk_key k) { return rk__unit_f64(rk_bits64(k)); }

/* [lo, hi): max(lo, fma(u, hi - lo, lo)) as JAX/XLA compute it. */
static inline float rk_uniform_range_f32(rk_key k, float lo, float hi) {
    float v = fmaf(rk_uniform_f32(k), hi - lo, lo);
    return v >= lo ? v : lo;
}

static inline double rk_uniform_range(rk_key k, double lo, double hi) {
    double v = fma(rk_uniform(k), hi - lo, lo);
    return v >= lo ? v : lo;
}

/* jax.random.uniform(k, (n,)) (float32). */
static inline void rk_fill_uniform_f32(rk_key k, float *out, size_t n) {
    size_t i;
    rk_fill_bits32(k, (uint32_t *)(void *)out, n);
    for (i = 0; i < n; i++) {
        union { float f; uint32_t u; } c;
        c.f = out[i];
        out[i] = rk__unit_f32(c.u);
    }
}

/* ---- normal ------------------------------------------------------------------------------ */

static inline double rk__f64(uint64_t u) { union { uint64_t u; double d; } c; c.u = u; return c.d; }
static inline uint64_t rk__u64(double d) { union { double d; uint64_t u; } c; c.d = d; return c.u; }

/* log1p(t) for t in (-1, 0], in double with plain arithmetic, rounded once to float
 * (RandomKeys' Log1p.float): u = 1 + t = 2^k m, m in [sqrt(1/2), sqrt(2)),
 * log m = 2s(1 + s^2/3 + ... + s^12/13), s = (m - 1)/(m + 1). */
static inline float rk__log1p_f32(float t) {
    double u = 1.0 + (double)t, k, m, s, z, p;
    uint64_t bits = rk__u64(u);
    k = rk__f64((bits >> 52) | 0x4330000000000000u) - 4503599627371519.0;
    m = rk__f64((bits & 0x000FFFFFFFFFFFFFu) | 0x3FF0000000000000u);
    if (m > 1.4142135623730951) { m = m * 0.5; k = k + 1.0; }
    s = (m - 1.0) / (m + 1.0);
    z = s * s;
    p = 1.0 / 13;
    p = 1.0 / 11 + z * p; p = 1.0 / 9 + z * p; p = 1.0 / 7 + z * p;
    p = 1.0 / 5 + z * p; p = 1.0 / 3 + z * p; p = 1.0 + z * p;
    return (float)(k * 0.6931471805599453 + 2.0 * s * p);
}

/* XLA's float32 ErfInv (Giles), as RandomKeys' ErfInv.float. */
static inline float rk__erfinv_f32(float x) {
    float w = -rk__log1p_f32(-(x * x)), q;
    if (w < 5.0f) {
        w = w - 2.5f;
        q = 2.81022636e-08f;
        q = 3.43273939e-07f + q * w;
        q = -3.5233877e-06f + q * w;
        q = -4.39150654e-06f + q * w;
        q = 0.00021858087f + q * w;
        q = -0.00125372503f + q * w;
        q = -0.00417768164f + q * w;
        q = 0.246640727f + q * w;
        q = 1.50140941f + q * w;
    } else {
        w = sqrtf(w) - 3.0f;
        q = -0.000200214257f;
        q = 0.000100950558f + q * w;
        q = 0.00134934322f + q * w;
        q = -0.00367342844f + q * w;
        q = 0.00573950773f + q * w;
        q = -0.0076224613f + q * w;
        q = 0.00943887047f + q * w;
        q = 1.00167406f + q * w;
        q = 2.83297682f + q * w;
    }
    if (fabsf(x) == 1.0f) return x * HUGE_VALF;
    return q * x;
}

/* Double erfinv: the float approximation in double, then two Newton steps (erfc near ±1). */
static inline double rk__erfinv_f64(double x) {
    static const double lt5[8] = {3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087,
                                  -0.00125372503, -0.00417768164, 0.246640727, 1.50140941};
    static const double ge5[8] = {0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773,
                                  -0.0076224613, 0.00943887047, 1.00167406, 2.83297682};
    double a = fabs(x), w, y;
    int i;
    if (a >= 1.0) return a == 1.0 ? x * HUGE_VAL : NAN;
    w = -log1p(-(a * a));
    if (w < 5.0) {
        w -= 2.5;
        y = 2.81022636e-08;
        for (i = 0; i < 8; i++) y = lt5[i] + y * w;
    } else {
        w = sqrt(w) - 3.0;
        y = -0.000200214257;
        for (i = 0; i < 8; i++) y = ge5[i] + y * w;
    }
    y *= a;
    for (i = 0; i < 2; i++) {
        double slope = 1.1283791670955126 * exp(-(y * y));
        if (a < 0.5) y -= (erf(y) - a) / slope;
        else y += (erfc(y) - (1.0 - a)) / slope;
    }
    return x < 0 ? -y : y;
}

static inline float rk__normal_f32(uint32_t b) {
    const float lower = -0x1.fffffep-1f;
    float u = rk__unit_f32(b) * 2.0f + lower;
    if (!(u >= lower)) u = lower;
    return (float)1.41421356237309504880 * rk__erfinv_f32(u);
}

static inline double rk__normal_f64(uint64_t b) {
    const double lower = -0x1.fffffffffffffp-1;
    double u = rk__unit_f64(b) * 2.0 + lower;
    if (!(u >= lower)) u = lower;
    return 1.41421356237309504880 * rk__erfinv_f64(u);
}

/* A standard normal float: jax.random.normal(k) within a few ulp. */
static inline float rk_normal_f32(rk_key k) { return rk__normal_f32(rk_bits32(k)); }

/* A standard normal double (float64 layout). */
static inline double rk_normal(rk_key k) { return rk__normal_f64(rk_bits64(k)); }

/* jax.random.normal(k, (n,)) (float32). */
static inline void rk_fill_normal_f32(rk_key k, float *out, size_t n) {
    size_t i;
    rk_fill_bits32(k, (uint32_t *)(void *)out, n);
    for (i = 0; i < n; i++) {
        union { float f; uint32_t u; } c;
        c.f = out[i];
        out[i] = rk__normal_f32(c.u);
    }
}

/* ---- integers ------------------------------------------------------------------------------ */

/* An unbiased integer in [0, bound) (bound > 0): Lemire's method on the 64-bit stream,
 * as RandomKey.integer(in: 0..<bound). Never write rk_bits32(k) % n. */
static inline uint64_t rk_bounded(rk_key k, uint64_t bound) {
    uint64_t index = 0, hi, lo;
    rk__mul64(rk_word64(k, index), bound, &hi, &lo);
    if (lo < bound) {
        uint64_t threshold = (0 - bound) % bound;
        while (lo < threshold) {
            index++;
            rk__mul64(rk_word64(k, index), bound, &hi, &lo);
        }
    }
    return hi;
}

/* ---- permutation ---------------------------------------------------------------------------- */

typedef struct rk__sortpair { uint32_t key; uint32_t pad; size_t index; } rk__sortpair;

static inline int rk__cmp(const void *a, const void *b) {
    const rk__sortpair *x = (const rk__sortpair *)a, *y = (const rk__sortpair *)b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->index < y->index ? -1 : (x->index > y->index);
}

/* jax.random.permutation(k, n): writes a permutation of 0..n-1 to out.
 * Returns 0, or -1 if memory could not be allocated. */
static inline int rk_permutation(rk_key k, size_t n, size_t *out) {
    rk__sortpair *pairs;
    uint32_t *bits;
    size_t i;
    int r, rounds = (int)ceil(3.0 * log((double)(n > 1 ? n : 1)) / log(4294967295.0));
    for (i = 0; i < n; i++) out[i] = i;
    if (n == 0 || rounds == 0) return 0;
    pairs = (rk__sortpair *)malloc(n * sizeof *pairs);
    bits = (uint32_t *)malloc(n * sizeof *bits);
    if (!pairs || !bits) { free(pairs); free(bits); return -1; }
    for (r = 0; r < rounds; r++) {
        rk_key sub[2];
        rk_split(k, sub, 2);
        k = sub[0];
        rk_fill_bits32(sub[1], bits, n);
        for (i = 0; i < n; i++) { pairs[i].key = bits[i]; pairs[i].pad = 0; pairs[i].index = i; }
        qsort(pairs, n, sizeof *pairs, rk__cmp); /* by (bits, position): stable */
        /* new x[i] = old x[order[i]] */
        for (i = 0; i < n; i++) pairs[i].index = out[pairs[i].index];
        for (i = 0; i < n; i++) out[i] = pairs[i].index;
    }
    free(pairs);
    free(bits);
    return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* RANDOMKEYS_H */
