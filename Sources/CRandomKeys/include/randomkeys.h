/*
 * randomkeys.h — explicit, splittable, JAX-style PRNG keys for C99 and C++11 (header only).
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
 *   RK_PHILOX4X32_JAX       philox4x32-10 in JAX's layout (jax.random.key(s, impl="philox4x32"))
 *
 * Floating point: the float functions call libm (log1p, log, exp, erf, erfc, sqrt) as the
 * Swift module does, and compute in IEEE single/double arithmetic in which a*b+c is never
 * contracted into an FMA (fma() is called where the Swift code uses one). Contraction is
 * turned off for this header's functions only, whatever the dialect's default: with gcc by
 * push_options / optimize("fp-contract=off") / pop_options around the header, with clang by
 * "clang fp contract(off)" at the top of each function body; the including file's pragmas
 * and options stay as they were. Scripts/c-matrix.sh checks the Swift numbers with gcc and
 * clang at -O0..-O3, with and without -march=native, in C99/C11/gnu11 and C++11/14/17.
 * Not with -ffast-math, nor clang's -ffp-contract=fast (it overrides pragmas).
 * Link with -lm.
 */
#ifndef RANDOMKEYS_H
#define RANDOMKEYS_H

#include <float.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC push_options
#pragma GCC optimize("fp-contract=off")
#define RK__FP_STRICT
#elif defined(__clang__)
#define RK__FP_STRICT _Pragma("clang fp contract(off)")
#else
#define RK__FP_STRICT
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef enum rk_impl {
    RK_THREEFRY2X32 = 0,
    RK_THREEFRY2X32_LEGACY = 1,
    RK_PHILOX4X32 = 2,
    RK_PHILOX4X64 = 3,
    RK_PHILOX4X32_JAX = 4
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
    case RK_PHILOX4X32_JAX: {
        uint32_t key[2] = {0, 0}, ctr[4], y[4];
        ctr[0] = (uint32_t)(s >> 32); ctr[1] = (uint32_t)s; ctr[2] = 0; ctr[3] = 0;
        rk_philox4x32(key, ctr, y);
        k.w[0] = y[0]; k.w[1] = y[1];
        break;
    }
    default: k.w[0] = s >> 32; k.w[1] = s & 0xFFFFFFFFu; break;
    }
    return k;
}

/* jax.random.PRNGKey(seed) (threefry2x32, default layout). */
static inline rk_key rk_key_from_seed(int64_t seed) {
    return rk_key_from_seed_impl(seed, RK_THREEFRY2X32);
}

/* numpy's np.random.Philox(seed): a RK_PHILOX4X64 key whose words are
 * SeedSequence(seed).generate_state(2, uint64) (RandomKey(numpySeed:)). */
static inline rk_key rk_key_from_numpy_seed(uint64_t seed) {
    uint32_t entropy[2], pool[4], hash = 0x43B0D7E5u, v, state[4];
    int n = seed >> 32 ? 2 : 1, i, j;
    rk_key k;
    entropy[0] = (uint32_t)seed;
    entropy[1] = (uint32_t)(seed >> 32);
    for (i = 0; i < 4; i++) {
        v = (i < n ? entropy[i] : 0u) ^ hash;
        hash *= 0x931E8875u;
        v *= hash;
        pool[i] = v ^ (v >> 16);
    }
    for (i = 0; i < 4; i++) {
        for (j = 0; j < 4; j++) {
            uint32_t m, r;
            if (i == j) continue;
            m = pool[i] ^ hash;
            hash *= 0x931E8875u;
            m *= hash;
            m ^= m >> 16;
            r = 0xCA01F9DDu * pool[j] - 0x4973F715u * m;
            pool[j] = r ^ (r >> 16);
        }
    }
    hash = 0x8B51F9DDu;
    for (i = 0; i < 4; i++) {
        v = pool[i] ^ hash;
        hash *= 0x58F38DEDu;
        v *= hash;
        state[i] = v ^ (v >> 16);
    }
    k.impl = RK_PHILOX4X64;
    k.w[0] = (uint64_t)state[0] | (uint64_t)state[1] << 32;
    k.w[1] = (uint64_t)state[2] | (uint64_t)state[3] << 32;
    return k;
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

/* JAX's philox4x32 layout: the block with counter (c0, c1, c2, c3). */
static inline void rk__pj(rk_key k, uint64_t hi_lo, int derive, uint32_t out[4]) {
    uint32_t key[2], ctr[4];
    key[0] = (uint32_t)k.w[0]; key[1] = (uint32_t)k.w[1];
    ctr[0] = derive ? 0u : (uint32_t)(hi_lo >> 32); ctr[1] = derive ? 0u : (uint32_t)hi_lo;
    ctr[2] = derive ? (uint32_t)(hi_lo >> 32) : 0u; ctr[3] = derive ? (uint32_t)hi_lo : 0u;
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
    case RK_PHILOX4X32_JAX: {
        uint32_t y[4];
        rk__pj(k, index, 1, y);
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

/* jax.random.fold_in(k, data). Folding does not use up k for further folds, but
 * rk_fold_in(k, i) is the same key as key i of rk_split(k, out, n) (JAX's default layout):
 * a key you fold, you only fold, and never twice with the same data. */
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

/* Elements [start, start + m) of jax.random.bits(k, (n,), uint32) (n matters only to the
 * legacy layout); for Philox the native stream (cuRAND order; numpy's low half first). */
static inline void rk__bits32_range(rk_key k, uint64_t n, uint64_t start, uint32_t *out, size_t m) {
    size_t j;
    switch (k.impl) {
    case RK_THREEFRY2X32:
        for (j = 0; j < m; j++) {
            uint64_t i = start + j;
            uint32_t y[2];
            rk__tf(k, (uint32_t)(i >> 32), (uint32_t)i, y);
            out[j] = y[0] ^ y[1];
        }
        break;
    case RK_THREEFRY2X32_LEGACY: {
        /* threefry_2x32(key, iota(n)), padded to 2h words with a trailing 0: element i < h is
         * y0 of block (i, h + i), element h + i is y1 of that block. */
        uint64_t h = (n + 1) / 2;
        for (j = 0; j < m; j++) {
            uint64_t i = start + j, b = i < h ? i : i - h;
            uint32_t y[2];
            rk__tf(k, (uint32_t)b, h + b < n ? (uint32_t)(h + b) : 0u, y);
            out[j] = i < h ? y[0] : y[1];
        }
        break;
    }
    case RK_PHILOX4X32_JAX:
        for (j = 0; j < m; j++) {
            uint32_t y[4];
            rk__pj(k, start + j, 0, y);
            out[j] = y[0] ^ y[1] ^ y[2] ^ y[3];
        }
        break;
    case RK_PHILOX4X32: {
        uint32_t y[4];
        for (j = 0; j < m; j++) {
            uint64_t i = start + j;
            if (j == 0 || i % 4 == 0) rk__p32(k, i / 4, 0, y);
            out[j] = y[i % 4];
        }
        break;
    }
    default: {
        uint64_t y[4];
        for (j = 0; j < m; j++) {
            uint64_t i = start + j;
            if (j == 0 || i % 8 == 0) rk__p64(k, i / 8 + 1, 0, y); /* numpy increments first */
            out[j] = (uint32_t)(y[(i % 8) / 2] >> (32 * (i % 2)));
        }
        break;
    }
    }
}

/* jax.random.bits(k, (n,), uint32). */
static inline void rk_fill_bits32(rk_key k, uint32_t *out, size_t n) {
    rk__bits32_range(k, (uint64_t)n, 0, out, n);
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
    case RK_PHILOX4X32_JAX: {
        uint32_t y[4];
        rk__pj(k, index, 0, y);
        return (uint64_t)y[0] << 32 | y[1];
    }
    default: {
        uint32_t y[2];
        rk__tf(k, (uint32_t)(index >> 32), (uint32_t)index, y);
        return (uint64_t)y[0] << 32 | y[1];
    }
    }
}

/* Elements [start, start + m) of jax.random.bits(k, (n,), uint64). */
static inline void rk__bits64_range(rk_key k, uint64_t n, uint64_t start, uint64_t *out, size_t m) {
    size_t j;
    if (k.impl == RK_THREEFRY2X32_LEGACY) {
        /* threefry_2x32(key, iota(2n)): element i is (y0 << 32) | y1 of block (i, n + i). */
        for (j = 0; j < m; j++) {
            uint64_t i = start + j;
            uint32_t y[2];
            rk__tf(k, (uint32_t)i, (uint32_t)(n + i), y);
            out[j] = (uint64_t)y[0] << 32 | y[1];
        }
        return;
    }
    for (j = 0; j < m; j++) out[j] = rk_word64(k, start + j);
}

/* jax.random.bits(k, (n,), uint64) (x64 enabled). */
static inline void rk_fill_bits64(rk_key k, uint64_t *out, size_t n) {
    rk__bits64_range(k, (uint64_t)n, 0, out, n);
}

/* jax.random.bits(k): 32 bits. */
static inline uint32_t rk_bits32(rk_key k) { uint32_t b; rk_fill_bits32(k, &b, 1); return b; }

/* jax.random.bits(k, (), uint64): 64 bits. */
static inline uint64_t rk_bits64(rk_key k) { uint64_t b; rk_fill_bits64(k, &b, 1); return b; }

/* Words per chunk of the bulk transforms below (a stack buffer of raw bits). */
#define RK__CHUNK 256

/* uint8 / uint16 bits (width 8 or 16, written to o8 or o16): the low bits of each uint32
 * element; in the legacy layout the uint32 words of bits(k, (ceil(n * width / 32),)) unpacked
 * little-endian. */
static inline void rk__fill_narrow(rk_key k, size_t n, unsigned width, uint8_t *o8, uint16_t *o16) {
    uint32_t w[RK__CHUNK];
    size_t per = k.impl == RK_THREEFRY2X32_LEGACY ? 32 / width : 1, i, j;
    uint64_t words = k.impl == RK_THREEFRY2X32_LEGACY ? ((uint64_t)n * width + 31) / 32 : (uint64_t)n;
    for (i = 0; i < n; i += per * RK__CHUNK) {
        size_t m = n - i < per * RK__CHUNK ? n - i : per * RK__CHUNK;
        rk__bits32_range(k, words, i / per, w, (m + per - 1) / per);
        for (j = 0; j < m; j++) {
            uint32_t v = w[j / per] >> (width * (j % per));
            if (o8) o8[i + j] = (uint8_t)v; else o16[i + j] = (uint16_t)v;
        }
    }
}

/* jax.random.bits(k, (n,), uint16). */
static inline void rk_fill_bits16(rk_key k, uint16_t *out, size_t n) { rk__fill_narrow(k, n, 16, NULL, out); }

/* jax.random.bits(k, (n,), uint8). */
static inline void rk_fill_bits8(rk_key k, uint8_t *out, size_t n) { rk__fill_narrow(k, n, 8, out, NULL); }

/* Blocks start .. start + n - 1 of the raw threefry stream (Threefry2x32.fillXor / fillWide in
 * Swift): out[j] = y0 ^ y1, or (y0 << 32) | y1, of the block with counter start + j. With
 * key = the key's two words and start 0 these are rk_fill_bits32 / rk_fill_bits64 of a
 * default-layout key; a later start continues the same stream (e.g. one slice per thread). */
static inline void rk__threefry_blocks(const uint32_t key[2], uint64_t start, size_t n, uint32_t *xor_out, uint64_t *wide_out) {
    size_t j;
    for (j = 0; j < n; j++) {
        uint64_t i = start + j;
        uint32_t ctr[2], y[2];
        ctr[0] = (uint32_t)(i >> 32); ctr[1] = (uint32_t)i;
        rk_threefry2x32(key, ctr, y);
        if (xor_out) xor_out[j] = y[0] ^ y[1]; else wide_out[j] = (uint64_t)y[0] << 32 | y[1];
    }
}

static inline void rk_threefry2x32_fill_xor(const uint32_t key[2], uint64_t start, uint32_t *out, size_t n) {
    rk__threefry_blocks(key, start, n, out, NULL);
}

static inline void rk_threefry2x32_fill_wide(const uint32_t key[2], uint64_t start, uint64_t *out, size_t n) {
    rk__threefry_blocks(key, start, n, NULL, out);
}

/* ---- uniform ----------------------------------------------------------------------------- */

static inline float rk__f32(uint32_t u) { float f; memcpy(&f, &u, sizeof f); return f; }
static inline double rk__f64(uint64_t u) { double d; memcpy(&d, &u, sizeof d); return d; }
static inline uint64_t rk__u64(double d) { uint64_t u; memcpy(&u, &d, sizeof u); return u; }

static inline float rk__unit_f32(uint32_t b) {
    RK__FP_STRICT
    return rk__f32((b >> 9) | 0x3F800000u) - 1.0f;
}

static inline double rk__unit_f64(uint64_t b) {
    RK__FP_STRICT
    return rk__f64((b >> 12) | 0x3FF0000000000000u) - 1.0;
}

/* JAX's scaling to [lo, hi): max(lo, fma(u, hi - lo, lo)), one rounding as XLA's FMA. */
static inline float rk__scale_f32(float u, float lo, float hi) {
    RK__FP_STRICT
    float v = fmaf(u, hi - lo, lo);
    return v >= lo ? v : lo;
}

static inline double rk__scale_f64(double u, double lo, double hi) {
    RK__FP_STRICT
    double v = fma(u, hi - lo, lo);
    return v >= lo ? v : lo;
}

/* [0, 1) with 23 random bits: jax.random.uniform(k) (float32). */
static inline float rk_uniform_f32(rk_key k) { return rk__unit_f32(rk_bits32(k)); }

/* [0, 1) with 52 random bits: jax.random.uniform(k, (), float64). */
static inline double rk_uniform(rk_key k) { return rk__unit_f64(rk_bits64(k)); }

/* [lo, hi) as JAX/XLA compute it. */
static inline float rk_uniform_range_f32(rk_key k, float lo, float hi) {
    return rk__scale_f32(rk_uniform_f32(k), lo, hi);
}

static inline double rk_uniform_range(rk_key k, double lo, double hi) {
    return rk__scale_f64(rk_uniform(k), lo, hi);
}

/* What a bulk float fill computes from each raw word: a uniform (in [0, 1), or in [lo, hi)),
 * a normal, or one of JAX's transforms of a uniform over its own interval. */
typedef enum rk__map {
    RK__UNIT, RK__RANGE, RK__NORMAL, RK__EXPONENTIAL, RK__GUMBEL, RK__LAPLACE, RK__LOGISTIC, RK__CAUCHY,
    RK__LOGNORMAL, RK__RAYLEIGH, RK__PARETO, RK__WEIBULL, RK__TRIANGULAR, RK__TRUNCATED_NORMAL
} rk__map;

static inline float rk__normal_f32(uint32_t b);
static inline double rk__normal_f64(uint64_t b);
static inline float rk__erfinv_f32(float x);
static inline double rk__erfinv_f64(double x);

/* One transform of a raw word; p holds the parameters: lo, hi (RANGE); sigma (LOGNORMAL); scale
 * (RAYLEIGH); b (PARETO); scale, exponent (WEIBULL); left, mode, right (TRIANGULAR); the uniform's
 * lo, hi and the clip bounds (TRUNCATED_NORMAL). */
static inline float rk__map_f32(uint32_t b, rk__map map, const float *p) {
    RK__FP_STRICT
    float u = rk__unit_f32(b);
    switch (map) {
    case RK__UNIT: return u;
    case RK__RANGE: return rk__scale_f32(u, p[0], p[1]);
    case RK__LOGNORMAL: return expf(rk__normal_f32(b) * p[0]);
    case RK__RAYLEIGH: return p[0] * sqrtf(logf(u) * -2.0f);
    case RK__PARETO: return expf(-log1pf(-u) / p[0]);
    case RK__WEIBULL: return powf(-log1pf(-u), p[1]) * p[0];
    case RK__TRIANGULAR:
        if (u < (p[1] - p[0]) / (p[2] - p[0])) return p[0] + sqrtf(u * (p[2] - p[0]) * (p[1] - p[0]));
        return p[2] - sqrtf((1.0f - u) * (p[2] - p[0]) * (p[2] - p[1]));
    case RK__TRUNCATED_NORMAL: {
        float x = (float)1.4142135623730951 * rk__erfinv_f32(rk__scale_f32(u, p[0], p[1]));
        x = p[2] >= x ? p[2] : x;
        return p[3] < x ? p[3] : x;
    }
    case RK__NORMAL: return rk__normal_f32(b);
    case RK__EXPONENTIAL: return -log1pf(-u);
    case RK__GUMBEL: return -logf(-logf(rk__scale_f32(u, FLT_MIN, 1.0f)));
    case RK__LAPLACE:
        u = rk__scale_f32(u, -1.0f + FLT_EPSILON / 2, 1.0f);
        return (u > 0 ? 1.0f : u < 0 ? -1.0f : u) * log1pf(-fabsf(u));
    case RK__LOGISTIC:
        u = rk__scale_f32(u, FLT_MIN, 1.0f);
        return logf(u) - log1pf(-u);
    default: return tanf((float)3.141592653589793 * (rk__scale_f32(u, FLT_EPSILON, 1.0f) - 0.5f));
    }
}

/* One transform of a raw word; p holds the parameters: lo, hi (RANGE); sigma (LOGNORMAL); scale
 * (RAYLEIGH); b (PARETO); scale, exponent (WEIBULL); left, mode, right (TRIANGULAR); the uniform's
 * lo, hi and the clip bounds (TRUNCATED_NORMAL). */
static inline double rk__map_f64(uint64_t b, rk__map map, const double *p) {
    RK__FP_STRICT
    double u = rk__unit_f64(b);
    switch (map) {
    case RK__UNIT: return u;
    case RK__RANGE: return rk__scale_f64(u, p[0], p[1]);
    case RK__LOGNORMAL: return exp(rk__normal_f64(b) * p[0]);
    case RK__RAYLEIGH: return p[0] * sqrt(log(u) * -2.0);
    case RK__PARETO: return exp(-log1p(-u) / p[0]);
    case RK__WEIBULL: return pow(-log1p(-u), p[1]) * p[0];
    case RK__TRIANGULAR:
        if (u < (p[1] - p[0]) / (p[2] - p[0])) return p[0] + sqrt(u * (p[2] - p[0]) * (p[1] - p[0]));
        return p[2] - sqrt((1.0 - u) * (p[2] - p[0]) * (p[2] - p[1]));
    case RK__TRUNCATED_NORMAL: {
        double x = 1.4142135623730951 * rk__erfinv_f64(rk__scale_f64(u, p[0], p[1]));
        x = p[2] >= x ? p[2] : x;
        return p[3] < x ? p[3] : x;
    }
    case RK__NORMAL: return rk__normal_f64(b);
    case RK__EXPONENTIAL: return -log1p(-u);
    case RK__GUMBEL: return -log(-log(rk__scale_f64(u, DBL_MIN, 1.0)));
    case RK__LAPLACE:
        u = rk__scale_f64(u, -1.0 + DBL_EPSILON / 2, 1.0);
        return (u > 0 ? 1.0 : u < 0 ? -1.0 : u) * log1p(-fabs(u));
    case RK__LOGISTIC:
        u = rk__scale_f64(u, DBL_MIN, 1.0);
        return log(u) - log1p(-u);
    default: return tan(3.141592653589793 * (rk__scale_f64(u, DBL_EPSILON, 1.0) - 0.5));
    }
}

/* out[i] = map(element i of bits(k, (n,), uint32)), RK__CHUNK words at a time. */
static inline void rk__fill_f32(rk_key k, float *out, size_t n, rk__map map, const float *p) {
    uint32_t w[RK__CHUNK];
    size_t i, j;
    for (i = 0; i < n; i += RK__CHUNK) {
        size_t m = n - i < RK__CHUNK ? n - i : RK__CHUNK;
        rk__bits32_range(k, (uint64_t)n, i, w, m);
        for (j = 0; j < m; j++) out[i + j] = rk__map_f32(w[j], map, p);
    }
}

/* out[i] = map(element i of bits(k, (n,), uint64)). */
static inline void rk__fill_f64(rk_key k, double *out, size_t n, rk__map map, const double *p) {
    uint64_t w[RK__CHUNK];
    size_t i, j;
    for (i = 0; i < n; i += RK__CHUNK) {
        size_t m = n - i < RK__CHUNK ? n - i : RK__CHUNK;
        rk__bits64_range(k, (uint64_t)n, i, w, m);
        for (j = 0; j < m; j++) out[i + j] = rk__map_f64(w[j], map, p);
    }
}

/* jax.random.uniform(k, (n,)) (float32). */
static inline void rk_fill_uniform_f32(rk_key k, float *out, size_t n) { rk__fill_f32(k, out, n, RK__UNIT, NULL); }

/* jax.random.uniform(k, (n,), float32, lo, hi). */
static inline void rk_fill_uniform_range_f32(rk_key k, float *out, size_t n, float lo, float hi) {
    const float p[2] = {lo, hi};
    rk__fill_f32(k, out, n, RK__RANGE, p);
}

/* jax.random.uniform(k, (n,), float64) (x64 enabled). */
static inline void rk_fill_uniform_f64(rk_key k, double *out, size_t n) { rk__fill_f64(k, out, n, RK__UNIT, NULL); }

/* jax.random.uniform(k, (n,), float64, lo, hi) (x64 enabled). */
static inline void rk_fill_uniform_range_f64(rk_key k, double *out, size_t n, double lo, double hi) {
    const double p[2] = {lo, hi};
    rk__fill_f64(k, out, n, RK__RANGE, p);
}

/* ---- normal ------------------------------------------------------------------------------ */

/* log1p(t) for t in (-1, 0], in double with plain arithmetic, rounded once to float
 * (RandomKeys' Log1p.float): u = 1 + t = 2^k m, m in [sqrt(1/2), sqrt(2)),
 * log m = 2s(1 + s^2/3 + ... + s^12/13), s = (m - 1)/(m + 1). */
static inline float rk__log1p_f32(float t) {
    RK__FP_STRICT
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
    RK__FP_STRICT
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
    RK__FP_STRICT
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

/* nextafter(-1, 0) in float and double, written in decimal (exact) so that C++ before 17,
 * which has no hexadecimal floating literals, reads the same values. */
#define RK__LOWER_F32 (-0.999999940395355224609375f)
#define RK__LOWER_F64 (-0.99999999999999988897769753748434595763683319091796875)

static inline float rk__normal_f32(uint32_t b) {
    RK__FP_STRICT
    float u = rk__unit_f32(b) * 2.0f + RK__LOWER_F32;
    if (!(u >= RK__LOWER_F32)) u = RK__LOWER_F32;
    return (float)1.41421356237309504880 * rk__erfinv_f32(u);
}

static inline double rk__normal_f64(uint64_t b) {
    RK__FP_STRICT
    double u = rk__unit_f64(b) * 2.0 + RK__LOWER_F64;
    if (!(u >= RK__LOWER_F64)) u = RK__LOWER_F64;
    return 1.41421356237309504880 * rk__erfinv_f64(u);
}

/* A standard normal float: jax.random.normal(k) within a few ulp. */
static inline float rk_normal_f32(rk_key k) { return rk__normal_f32(rk_bits32(k)); }

/* A standard normal double (float64 layout). */
static inline double rk_normal(rk_key k) { return rk__normal_f64(rk_bits64(k)); }

/* jax.random.normal(k, (n,)) (float32). */
static inline void rk_fill_normal_f32(rk_key k, float *out, size_t n) { rk__fill_f32(k, out, n, RK__NORMAL, NULL); }

/* Standard normal doubles, float64 layout (RandomKey.normal(count:) as [Double]). */
static inline void rk_fill_normal_f64(rk_key k, double *out, size_t n) { rk__fill_f64(k, out, n, RK__NORMAL, NULL); }

/* ---- integers ------------------------------------------------------------------------------ */

/* Lemire's unbiased bounded integer from word `*index` of the 64-bit stream on; advances
 * *index past the words used. */
static inline uint64_t rk__bounded_from(rk_key k, uint64_t bound, uint64_t *index) {
    uint64_t hi, lo;
    rk__mul64(rk_word64(k, *index), bound, &hi, &lo);
    if (lo < bound) {
        uint64_t threshold = (0 - bound) % bound;
        while (lo < threshold) {
            (*index)++;
            rk__mul64(rk_word64(k, *index), bound, &hi, &lo);
        }
    }
    (*index)++;
    return hi;
}

/* An unbiased integer in [0, bound) (bound > 0): Lemire's method on the 64-bit stream,
 * as RandomKey.integer(in: 0..<bound). Never write rk_bits32(k) % n. */
static inline uint64_t rk_bounded(rk_key k, uint64_t bound) {
    uint64_t index = 0;
    return rk__bounded_from(k, bound, &index);
}

/* n unbiased integers in [0, bound), one after another from the 64-bit stream
 * (RandomKey.integers(count:in: 0..<bound)). */
static inline void rk_fill_bounded(rk_key k, uint64_t bound, uint64_t *out, size_t n) {
    uint64_t index = 0;
    size_t i;
    for (i = 0; i < n; i++) out[i] = rk__bounded_from(k, bound, &index);
}

/* jax.random.randint over `width` (32 or 64) bits, written to o32 or o64: with
 * k1, k2 = split(k), element i is lo + (a % span * ((2^(width/2) % span)^2 % span) + b % span)
 * % span in wrapping unsigned arithmetic of that width, a and b element i of the uint<width>
 * bits of k1 and k2; span = hi - lo, or 1 for an empty range (which gives lo, as JAX). */
static inline void rk__randint(rk_key k, size_t n, unsigned width, uint64_t lo, uint64_t span,
                               int32_t *o32, int64_t *o64) {
    rk_key sub[2];
    uint32_t a32[RK__CHUNK], b32[RK__CHUNK];
    uint64_t a[RK__CHUNK], b[RK__CHUNK], mask = width == 64 ? ~(uint64_t)0 : ((uint64_t)1 << width) - 1, mult;
    size_t i, j;
    rk_split(k, sub, 2);
    mult = ((uint64_t)1 << (width / 2)) % span;
    mult = ((mult * mult) & mask) % span;
    for (i = 0; i < n; i += RK__CHUNK) {
        size_t m = n - i < RK__CHUNK ? n - i : RK__CHUNK;
        if (width == 32) {
            rk__bits32_range(sub[0], (uint64_t)n, i, a32, m);
            rk__bits32_range(sub[1], (uint64_t)n, i, b32, m);
            for (j = 0; j < m; j++) { a[j] = a32[j]; b[j] = b32[j]; }
        } else {
            rk__bits64_range(sub[0], (uint64_t)n, i, a, m);
            rk__bits64_range(sub[1], (uint64_t)n, i, b, m);
        }
        for (j = 0; j < m; j++) {
            uint64_t offset = ((a[j] % span) * mult) & mask;
            uint64_t v;
            offset = ((offset + b[j] % span) & mask) % span;
            v = (lo + offset) & mask;
            if (o32) o32[i + j] = (int32_t)(uint32_t)v; else o64[i + j] = (int64_t)v;
        }
    }
}

/* jax.random.randint(k, (n,), lo, hi, int32) bit for bit (JAX's default dtype). Slightly
 * biased, as JAX; rk_bounded is the unbiased alternative. */
static inline void rk_randint_i32(rk_key k, int32_t *out, size_t n, int32_t lo, int32_t hi) {
    rk__randint(k, n, 32, (uint32_t)lo, hi > lo ? (uint32_t)hi - (uint32_t)lo : 1u, out, NULL);
}

/* jax.random.randint(k, (n,), lo, hi, int64) with x64 enabled. */
static inline void rk_randint_i64(rk_key k, int64_t *out, size_t n, int64_t lo, int64_t hi) {
    rk__randint(k, n, 64, (uint64_t)lo, hi > lo ? (uint64_t)hi - (uint64_t)lo : 1u, NULL, out);
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

/* ---- choice -------------------------------------------------------------------------------- */

typedef struct rk__scored { double score; size_t index; } rk__scored;

static inline void rk_fill_gumbel_f32(rk_key k, float *out, size_t n);
static inline void rk_fill_gumbel_f64(rk_key k, double *out, size_t n);

/* Highest score first; equal scores by index. */
static inline int rk__cmp_scored(const void *a, const void *b) {
    const rk__scored *x = (const rk__scored *)a, *y = (const rk__scored *)b;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    return x->index < y->index ? -1 : (x->index > y->index);
}

/* The weight of element i and arithmetic results rounded to the weights' precision (float32
 * arithmetic is exactly float64 arithmetic rounded to float32 for + - * and comparisons). */
static inline double rk__w(const float *wf, const double *wd, size_t i) { return wf ? (double)wf[i] : wd[i]; }
static inline double rk__r(const float *wf, double x) { return wf ? (double)(float)x : x; }

/* Indices as RandomKey.choice(_:count:replacement:weights:) with `wide` (int64) or int32 index
 * draws and float32 (wf) or float64 (wd) weights, or none. */
static inline int rk__choice(rk_key k, size_t n, size_t count, int replace, int wide,
                             const float *wf, const double *wd, size_t *out) {
    RK__FP_STRICT
    size_t i;
    if (count == 0) return 0;
    if (n == 0 || (!replace && count > n)) return -1;
    for (i = 0; (wf || wd) && i < n; i++) if (!(rk__w(wf, wd, i) >= 0)) return -1;
    if (replace && !wf && !wd) {
        int64_t *idx = (int64_t *)malloc(count * sizeof *idx);
        int32_t *idx32 = (int32_t *)malloc(count * sizeof *idx32);
        if (!idx || !idx32 || (!wide && n > (size_t)INT32_MAX)) { free(idx); free(idx32); return -1; }
        if (wide) rk_randint_i64(k, idx, count, 0, (int64_t)n); else rk_randint_i32(k, idx32, count, 0, (int32_t)n);
        for (i = 0; i < count; i++) out[i] = wide ? (size_t)idx[i] : (size_t)idx32[i];
        free(idx);
        free(idx32);
        return 0;
    }
    if (!replace && !wf && !wd) {
        size_t *perm = (size_t *)malloc(n * sizeof *perm);
        if (!perm) return -1;
        if (rk_permutation(k, n, perm) != 0) { free(perm); return -1; }
        memcpy(out, perm, count * sizeof *perm);
        free(perm);
        return 0;
    }
    if (replace) {
        /* searchsorted(cumsum(w), total * (1 - u), left) */
        size_t m = count > n ? count : n;
        double *cumulative = (double *)malloc(n * sizeof *cumulative), *u = (double *)malloc(m * sizeof *u);
        float *uf = (float *)malloc(m * sizeof *uf);
        double total = 0.0;
        if (!cumulative || !u || !uf) { free(cumulative); free(u); free(uf); return -1; }
        for (i = 0; i < n; i++) { total = rk__r(wf, total + rk__w(wf, wd, i)); cumulative[i] = total; }
        if (wf) { rk_fill_uniform_f32(k, uf, count); for (i = 0; i < count; i++) u[i] = uf[i]; }
        else rk_fill_uniform_f64(k, u, count);
        for (i = 0; i < count; i++) {
            double r = rk__r(wf, total * rk__r(wf, 1.0 - u[i]));
            size_t lo = 0, hi = n;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (cumulative[mid] < r) lo = mid + 1; else hi = mid;
            }
            out[i] = lo < n - 1 ? lo : n - 1;
        }
        free(cumulative);
        free(u);
        free(uf);
        return 0;
    }
    {
        /* the count largest gumbel + log(w), ties to the lower index */
        rk__scored *scored = (rk__scored *)malloc(n * sizeof *scored);
        double *g = (double *)malloc(n * sizeof *g);
        float *gf = (float *)malloc(n * sizeof *gf);
        if (!scored || !g || !gf) { free(scored); free(g); free(gf); return -1; }
        if (wf) { rk_fill_gumbel_f32(k, gf, n); for (i = 0; i < n; i++) g[i] = gf[i]; }
        else rk_fill_gumbel_f64(k, g, n);
        for (i = 0; i < n; i++) {
            scored[i].score = wf ? (double)(gf[i] + logf(wf[i])) : g[i] + log(wd[i]);
            scored[i].index = i;
        }
        qsort(scored, n, sizeof *scored, rk__cmp_scored);
        for (i = 0; i < count; i++) out[i] = scored[i].index;
        free(scored);
        free(g);
        free(gf);
        return 0;
    }
}

/* jax.random.choice(k, n, (count,), replace, p) as indices into 0..n-1 (weights may be NULL;
 * they need not sum to 1). Returns 0; -1 for a count or n out of range or a negative weight,
 * or if memory ran out.
 *   rk_choice_f32: JAX's default precision: int32 index draws, float32 weights;
 *   rk_choice_f64: jax_enable_x64: int64 index draws, float64 weights;
 *   rk_choice: int32 index draws with float64 weights, as RandomKey.choice(from:count:...).
 * With replacement and no weights: randint(k, (count,), 0, n); without replacement and no
 * weights: the first count of rk_permutation(k, n); with replacement and weights:
 * searchsorted(cumsum(w), total * (1 - u)); without replacement and weights: the count largest
 * gumbel + log(w) (Gumbel top-k). */
static inline int rk_choice_f32(rk_key k, size_t n, size_t count, int replace, const float *weights, size_t *out) {
    return rk__choice(k, n, count, replace, 0, weights, NULL, out);
}

static inline int rk_choice_f64(rk_key k, size_t n, size_t count, int replace, const double *weights, size_t *out) {
    return rk__choice(k, n, count, replace, 1, NULL, weights, out);
}

static inline int rk_choice(rk_key k, size_t n, size_t count, int replace, const double *weights, size_t *out) {
    return rk__choice(k, n, count, replace, 0, NULL, weights, out);
}

/* ---- other distributions ------------------------------------------------------------------- */

/* 1 with probability p: rk_uniform(k) < p (RandomKey.bernoulli, float64 uniform). */
static inline int rk_bernoulli(rk_key k, double p) { return rk_uniform(k) < p; }

/* An exponential variate with rate 1: -log1p(-u), u = rk_uniform(k). */
static inline double rk_exponential(rk_key k) {
    RK__FP_STRICT
    return -log1p(-rk_uniform(k));
}

/* JAX's _gamma_one in float64 (RandomKey.gammaOne): Marsaglia-Tsang for max(alpha, alpha + 1),
 * boosted by u^(1/alpha) when alpha < 1; k, sub = split(k); each attempt splits the loop key in
 * three (next, normal, uniform) and redraws the normal (splitting again) until 1 + c x > 0.
 * With log_space, the log of the variate: log d + log V + log1p(-u) / alpha. */
static inline double rk__gamma_one(rk_key k, double alpha, int log_space) {
    RK__FP_STRICT
    const double third = 1.0 / 3.0;
    int boosted = alpha < 1.0;
    double d = (boosted ? alpha + 1.0 : alpha) - third, c = third / sqrt(d);
    double x2 = 0.0, v3 = 1.0, u = 2.0;
    rk_key pair[2], key;
    rk_split(k, pair, 2);
    key = pair[0];
    while (u >= 1.0 - 0.0331 * (x2 * x2) && log(u) >= x2 * 0.5 + d * ((1.0 - v3) + log(v3))) {
        rk_key parts[3], normal_key, step[2];
        double x = 0.0, v = -1.0;
        rk_split(key, parts, 3);
        key = parts[0];
        normal_key = parts[1];
        while (v <= 0.0) {
            rk_split(normal_key, step, 2);
            normal_key = step[0];
            x = rk_normal(step[1]);
            v = fma(x, c, 1.0);
        }
        x2 = x * x;
        v3 = v * v * v;
        u = rk_uniform(parts[2]);
    }
    if (log_space) {
        double log_sample = log1p(-rk_uniform(pair[1]));
        double log_boost = !boosted || log_sample == 0.0 ? 0.0 : log_sample * (1.0 / alpha);
        return (log(d) + log(v3)) + log_boost;
    }
    return (d * v3) * (boosted ? pow(1.0 - rk_uniform(pair[1]), 1.0 / alpha) : 1.0);
}

/* jax.random.gamma(k, a, (n,), float64) (a > 0): element i from key i of split(k, n). With
 * log_space, jax.random.loggamma. */
static inline void rk__fill_gamma(rk_key k, double a, double *out, size_t n, int log_space) {
    size_t i;
    for (i = 0; i < n; i++) out[i] = rk__gamma_one(rk__derived(k, (uint64_t)i, (uint64_t)n), a, log_space);
}

static inline void rk_fill_gamma_f64(rk_key k, double a, double *out, size_t n) { rk__fill_gamma(k, a, out, n, 0); }
static inline void rk_fill_loggamma_f64(rk_key k, double a, double *out, size_t n) { rk__fill_gamma(k, a, out, n, 1); }

/* A Gamma(shape, 1) variate: jax.random.gamma(k, shape) with x64 (RandomKey.gamma). */
static inline double rk_gamma(rk_key k, double shape) {
    double g;
    rk_fill_gamma_f64(k, shape, &g, 1);
    return g;
}

/* A Beta(a, b) variate: jax.random.beta(k, a, b) with x64, Ga / (Ga + Gb) from the log-gammas
 * of the two keys of split(k). */
static inline double rk_beta(rk_key k, double a, double b) {
    RK__FP_STRICT
    rk_key sub[2];
    double la, lb, m, ea, eb;
    rk_split(k, sub, 2);
    rk_fill_loggamma_f64(sub[0], a, &la, 1);
    rk_fill_loggamma_f64(sub[1], b, &lb, 1);
    m = lb >= la ? lb : la;
    ea = exp(la - m);
    eb = exp(lb - m);
    return ea / (ea + eb);
}

/* ---- jax.random's transforms of uniforms ---------------------------------------------------
 * float32 (_f32) reproduces JAX's default dtype, float64 (_f64) jax_enable_x64, as the Swift
 * generic versions at Float / Double (same numbers). */

/* jax.random.exponential(k, (n,), dtype): -log1p(-u). */
static inline void rk_fill_exponential_f32(rk_key k, float *out, size_t n) { rk__fill_f32(k, out, n, RK__EXPONENTIAL, NULL); }
static inline void rk_fill_exponential_f64(rk_key k, double *out, size_t n) { rk__fill_f64(k, out, n, RK__EXPONENTIAL, NULL); }

/* jax.random.gumbel(k, (n,), dtype): -log(-log(u)), u in [tiny, 1). */
static inline void rk_fill_gumbel_f32(rk_key k, float *out, size_t n) { rk__fill_f32(k, out, n, RK__GUMBEL, NULL); }
static inline void rk_fill_gumbel_f64(rk_key k, double *out, size_t n) { rk__fill_f64(k, out, n, RK__GUMBEL, NULL); }

/* jax.random.laplace(k, (n,), dtype): sign(u) log1p(-|u|), u in (-1, 1). */
static inline void rk_fill_laplace_f32(rk_key k, float *out, size_t n) { rk__fill_f32(k, out, n, RK__LAPLACE, NULL); }
static inline void rk_fill_laplace_f64(rk_key k, double *out, size_t n) { rk__fill_f64(k, out, n, RK__LAPLACE, NULL); }

/* jax.random.logistic(k, (n,), dtype): log(u) - log1p(-u), u in [tiny, 1). */
static inline void rk_fill_logistic_f32(rk_key k, float *out, size_t n) { rk__fill_f32(k, out, n, RK__LOGISTIC, NULL); }
static inline void rk_fill_logistic_f64(rk_key k, double *out, size_t n) { rk__fill_f64(k, out, n, RK__LOGISTIC, NULL); }

/* jax.random.cauchy(k, (n,), dtype): tan(pi (u - 1/2)), u in [eps, 1). */
static inline void rk_fill_cauchy_f32(rk_key k, float *out, size_t n) { rk__fill_f32(k, out, n, RK__CAUCHY, NULL); }
static inline void rk_fill_cauchy_f64(rk_key k, double *out, size_t n) { rk__fill_f64(k, out, n, RK__CAUCHY, NULL); }

/* jax.random.lognormal(k, sigma, (n,), dtype): exp(sigma * normal). */
static inline void rk_fill_lognormal_f32(rk_key k, float sigma, float *out, size_t n) { rk__fill_f32(k, out, n, RK__LOGNORMAL, &sigma); }
static inline void rk_fill_lognormal_f64(rk_key k, double sigma, double *out, size_t n) { rk__fill_f64(k, out, n, RK__LOGNORMAL, &sigma); }

/* jax.random.rayleigh(k, scale, (n,), dtype): scale sqrt(-2 log u). */
static inline void rk_fill_rayleigh_f32(rk_key k, float scale, float *out, size_t n) { rk__fill_f32(k, out, n, RK__RAYLEIGH, &scale); }
static inline void rk_fill_rayleigh_f64(rk_key k, double scale, double *out, size_t n) { rk__fill_f64(k, out, n, RK__RAYLEIGH, &scale); }

/* jax.random.pareto(k, b, (n,), dtype): exp(exponential / b). */
static inline void rk_fill_pareto_f32(rk_key k, float b, float *out, size_t n) { rk__fill_f32(k, out, n, RK__PARETO, &b); }
static inline void rk_fill_pareto_f64(rk_key k, double b, double *out, size_t n) { rk__fill_f64(k, out, n, RK__PARETO, &b); }

/* jax.random.weibull_min(k, scale, concentration, (n,), dtype):
 * (-log1p(-u))^(1 / concentration) * scale, the exponent computed in double (as Python). */
static inline void rk_fill_weibull_min_f32(rk_key k, float scale, float concentration, float *out, size_t n) {
    const float p[2] = {scale, (float)(1.0 / (double)concentration)};
    rk__fill_f32(k, out, n, RK__WEIBULL, p);
}

static inline void rk_fill_weibull_min_f64(rk_key k, double scale, double concentration, double *out, size_t n) {
    const double p[2] = {scale, 1.0 / concentration};
    rk__fill_f64(k, out, n, RK__WEIBULL, p);
}

/* jax.random.triangular(k, left, mode, right, (n,), dtype): the inverse CDF. */
static inline void rk_fill_triangular_f32(rk_key k, float left, float mode, float right, float *out, size_t n) {
    const float p[3] = {left, mode, right};
    rk__fill_f32(k, out, n, RK__TRIANGULAR, p);
}

static inline void rk_fill_triangular_f64(rk_key k, double left, double mode, double right, double *out, size_t n) {
    const double p[3] = {left, mode, right};
    rk__fill_f64(k, out, n, RK__TRIANGULAR, p);
}

/* jax.random.truncated_normal(k, lower, upper, (n,), dtype) (lower < upper): sqrt(2) erfinv(u),
 * u uniform in [erf(lower / sqrt 2), erf(upper / sqrt 2)), clipped into (lower, upper). */
static inline void rk_fill_truncated_normal_f32(rk_key k, float lower, float upper, float *out, size_t n) {
    RK__FP_STRICT
    const float sqrt2 = (float)1.4142135623730951;
    const float p[4] = {erff(lower / sqrt2), erff(upper / sqrt2), nextafterf(lower, HUGE_VALF), nextafterf(upper, -HUGE_VALF)};
    rk__fill_f32(k, out, n, RK__TRUNCATED_NORMAL, p);
}

static inline void rk_fill_truncated_normal_f64(rk_key k, double lower, double upper, double *out, size_t n) {
    RK__FP_STRICT
    const double sqrt2 = 1.4142135623730951;
    const double p[4] = {erf(lower / sqrt2), erf(upper / sqrt2), nextafter(lower, HUGE_VAL), nextafter(upper, -HUGE_VAL)};
    rk__fill_f64(k, out, n, RK__TRUNCATED_NORMAL, p);
}

/* bernoulli (to out8: uniform < p) or geometric (to out64: floor(log u / log1p(-p)) + 1, u = 0
 * counting as 1) with the uniforms and p in float64 (wide) or float32. */
static inline void rk__fill_discrete(rk_key k, size_t n, int wide, double p, uint8_t *out8, int64_t *out64) {
    RK__FP_STRICT
    uint32_t w[RK__CHUNK];
    uint64_t v[RK__CHUNK];
    const float pf = (float)p, df = log1pf(-pf);
    const double d = log1p(-p);
    size_t i, j;
    for (i = 0; i < n; i += RK__CHUNK) {
        size_t m = n - i < RK__CHUNK ? n - i : RK__CHUNK;
        if (wide) rk__bits64_range(k, (uint64_t)n, i, v, m); else rk__bits32_range(k, (uint64_t)n, i, w, m);
        for (j = 0; j < m; j++) {
            if (wide) {
                double u = rk__unit_f64(v[j]);
                if (out8) out8[i + j] = u < p; else out64[i + j] = (int64_t)floor(log(u == 0 ? 1.0 : u) / d) + 1;
            } else {
                float u = rk__unit_f32(w[j]);
                if (out8) out8[i + j] = u < pf; else out64[i + j] = (int64_t)floorf(logf(u == 0 ? 1.0f : u) / df) + 1;
            }
        }
    }
}

/* jax.random.bernoulli(k, p, (n,)) with float32 / float64 p: out[i] = uniform < p (0 or 1). */
static inline void rk_fill_bernoulli_f32(rk_key k, float p, uint8_t *out, size_t n) { rk__fill_discrete(k, n, 0, p, out, NULL); }
static inline void rk_fill_bernoulli_f64(rk_key k, double p, uint8_t *out, size_t n) { rk__fill_discrete(k, n, 1, p, out, NULL); }

/* jax.random.geometric(k, p, (n,)) with float32 / float64 p. */
static inline void rk_fill_geometric_f32(rk_key k, float p, int64_t *out, size_t n) { rk__fill_discrete(k, n, 0, p, NULL, out); }
static inline void rk_fill_geometric_f64(rk_key k, double p, int64_t *out, size_t n) { rk__fill_discrete(k, n, 1, p, NULL, out); }

/* jax.random.rademacher(k, (n,)): +1 or -1 from bernoulli(0.5) at float32 / float64. */
static inline void rk_fill_rademacher_f32(rk_key k, int8_t *out, size_t n) {
    size_t i;
    rk__fill_discrete(k, n, 0, 0.5, (uint8_t *)out, NULL);
    for (i = 0; i < n; i++) out[i] = (int8_t)(out[i] ? 1 : -1);
}

static inline void rk_fill_rademacher_f64(rk_key k, int8_t *out, size_t n) {
    size_t i;
    rk__fill_discrete(k, n, 1, 0.5, (uint8_t *)out, NULL);
    for (i = 0; i < n; i++) out[i] = (int8_t)(out[i] ? 1 : -1);
}

#undef RK__CHUNK
#undef RK__LOWER_F32
#undef RK__LOWER_F64

#ifdef __cplusplus
}
#endif

#undef RK__FP_STRICT
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC pop_options
#endif

#endif /* RANDOMKEYS_H */
