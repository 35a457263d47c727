/*
 * The kernel bodies, written once over RKK_W-lane generic vectors. Each kernels_<isa>.c defines
 * RKK_W, includes this file and instantiates the bodies for its instruction set with
 * RKK_INSTANCE; the compiler lowers the vectors to zmm, ymm or xmm registers. Floating point
 * follows RandomKeys' Swift code operation by operation, without contraction.
 */
#ifndef RANDOMKEYS_KERNELS_BODY_H
#define RANDOMKEYS_KERNELS_BODY_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#pragma STDC FP_CONTRACT OFF
/* The vector helpers are always inlined, so their (target-dependent) argument ABI never applies. */
#pragma GCC diagnostic ignored "-Wpsabi"

#define RKK_INLINE static inline __attribute__((always_inline))

/* Lanes per step: several registers per vector, so that independent blocks fill the pipeline
 * while one waits on a latency (more spills registers). */
#ifndef RKK_W
#error "define RKK_W before including threefry_body.h"
#endif
typedef uint32_t rkk_u32xW __attribute__((vector_size(4 * RKK_W)));
typedef int32_t rkk_i32xW __attribute__((vector_size(4 * RKK_W)));
typedef float rkk_f32xW __attribute__((vector_size(4 * RKK_W)));
typedef double rkk_f64xW __attribute__((vector_size(8 * RKK_W)));
typedef uint64_t rkk_u64xW __attribute__((vector_size(8 * RKK_W)));
typedef int64_t rkk_i64xW __attribute__((vector_size(8 * RKK_W)));

#define RKK_PARITY 0x1BD11BDAu

#define RKK_ROUND(x0, x1, r) do { (x0) += (x1); (x1) = ((x1) << (r)) | ((x1) >> (32 - (r))); (x1) ^= (x0); } while (0)
#define RKK_FOUR(x0, x1, a, b, c, d) do { RKK_ROUND(x0, x1, a); RKK_ROUND(x0, x1, b); RKK_ROUND(x0, x1, c); RKK_ROUND(x0, x1, d); } while (0)
/* The 20 rounds and 5 key injections of threefry2x32-20 on (x0, x1), for scalars and vectors. */
#define RKK_THREEFRY(x0, x1, k0, k1, k2) do { \
    RKK_FOUR(x0, x1, 13, 15, 26, 6);  (x0) += (k1); (x1) += (k2) + 1u; \
    RKK_FOUR(x0, x1, 17, 29, 16, 24); (x0) += (k2); (x1) += (k0) + 2u; \
    RKK_FOUR(x0, x1, 13, 15, 26, 6);  (x0) += (k0); (x1) += (k1) + 3u; \
    RKK_FOUR(x0, x1, 17, 29, 16, 24); (x0) += (k1); (x1) += (k2) + 4u; \
    RKK_FOUR(x0, x1, 13, 15, 26, 6);  (x0) += (k2); (x1) += (k0) + 5u; \
} while (0)

RKK_INLINE void rkk_block(uint32_t k0, uint32_t k1, uint32_t hi, uint32_t lo, uint32_t *y0, uint32_t *y1) {
    const uint32_t k2 = k0 ^ k1 ^ RKK_PARITY;
    uint32_t x0 = hi + k0, x1 = lo + k1;
    RKK_THREEFRY(x0, x1, k0, k1, k2);
    *y0 = x0; *y1 = x1;
}

/* RKK_W blocks with counters (hi, lo[l]); x0 starts as the splat hi + k0. */
RKK_INLINE void rkk_blockW(uint32_t k0, uint32_t k1, uint32_t hi, rkk_u32xW lo, rkk_u32xW *y0, rkk_u32xW *y1) {
    const uint32_t k2 = k0 ^ k1 ^ RKK_PARITY;
    rkk_u32xW x0 = (rkk_u32xW){0} + (hi + k0), x1 = lo + k1;
    RKK_THREEFRY(x0, x1, k0, k1, k2);
    *y0 = x0; *y1 = x1;
}

/* ---- float32 uniform and normal (RandomKey.unitFloat / normalFloat) ---------------------- */

RKK_INLINE float rkk_f32(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
RKK_INLINE double rkk_f64(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
RKK_INLINE uint64_t rkk_u64(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

RKK_INLINE float rkk_unit(uint32_t b) { return rkk_f32(b >> 9 | 0x3F800000u) - 1.0f; }

RKK_INLINE rkk_f32xW rkk_unitW(rkk_u32xW b) { return (rkk_f32xW)((b >> 9) | 0x3F800000u) - 1.0f; }

static const float rkk_lower = -0x1.fffffep-1f;
static const float rkk_sqrt2 = 1.41421356237309504880f;
static const double rkk_ln2 = 0.6931471805599453, rkk_sqrt2d = 1.4142135623730951;
static const double rkk_exp_bias = 4503599627371519.0;
static const uint64_t rkk_exp_magic = 0x4330000000000000u, rkk_mantissa = 0x000FFFFFFFFFFFFFu, rkk_one = 0x3FF0000000000000u;

/* Log1p.float: log1p(t) for t in (-1, 0] in double, rounded once to float. */
RKK_INLINE float rkk_log1p(float t) {
    double u = 1.0 + (double)t, k, m, s, z, p;
    uint64_t bits = rkk_u64(u);
    k = rkk_f64((bits >> 52) | rkk_exp_magic) - rkk_exp_bias;
    m = rkk_f64((bits & rkk_mantissa) | rkk_one);
    if (m > rkk_sqrt2d) { m = m * 0.5; k = k + 1.0; }
    s = (m - 1.0) / (m + 1.0);
    z = s * s;
    p = 1.0 / 13;
    p = 1.0 / 11 + z * p; p = 1.0 / 9 + z * p; p = 1.0 / 7 + z * p;
    p = 1.0 / 5 + z * p; p = 1.0 / 3 + z * p; p = 1.0 + z * p;
    return (float)(k * rkk_ln2 + 2.0 * s * p);
}

/* Log1p.float on every lane. */
RKK_INLINE rkk_f32xW rkk_log1pW(rkk_f32xW t) {
    rkk_f64xW u = 1.0 + __builtin_convertvector(t, rkk_f64xW);
    rkk_u64xW bits = (rkk_u64xW)u;
    rkk_f64xW k = (rkk_f64xW)((bits >> 52) | rkk_exp_magic) - rkk_exp_bias;
    rkk_f64xW m = (rkk_f64xW)((bits & rkk_mantissa) | rkk_one);
    rkk_i64xW big = m > rkk_sqrt2d;
    m = (rkk_f64xW)(((rkk_i64xW)(m * 0.5) & big) | ((rkk_i64xW)m & ~big));
    k = (rkk_f64xW)(((rkk_i64xW)(k + 1.0) & big) | ((rkk_i64xW)k & ~big));
    rkk_f64xW s = (m - 1.0) / (m + 1.0);
    rkk_f64xW z = s * s;
    rkk_f64xW p = (rkk_f64xW){0} + 1.0 / 13;
    p = 1.0 / 11 + z * p; p = 1.0 / 9 + z * p; p = 1.0 / 7 + z * p;
    p = 1.0 / 5 + z * p; p = 1.0 / 3 + z * p; p = 1.0 + z * p;
    return __builtin_convertvector(k * rkk_ln2 + 2.0 * s * p, rkk_f32xW);
}

/* ErfInv.float coefficients, highest degree first: w < 5 (a) and w >= 5 (b). */
#define RKK_POLY(p, w, c0, c1, c2, c3, c4, c5, c6, c7, c8) do { \
    p = (__typeof__(p)){0} + c0; p = c1 + p * w; p = c2 + p * w; p = c3 + p * w; p = c4 + p * w; \
    p = c5 + p * w; p = c6 + p * w; p = c7 + p * w; p = c8 + p * w; } while (0)
#define RKK_A 2.81022636e-08f, 3.43273939e-07f, -3.5233877e-06f, -4.39150654e-06f, 0.00021858087f, \
    -0.00125372503f, -0.00417768164f, 0.246640727f, 1.50140941f
#define RKK_B -0.000200214257f, 0.000100950558f, 0.00134934322f, -0.00367342844f, 0.00573950773f, \
    -0.0076224613f, 0.00943887047f, 1.00167406f, 2.83297682f
#define RKK_POLY_(p, w, ...) RKK_POLY(p, w, __VA_ARGS__)

RKK_INLINE float rkk_erfinv(float x) {
    float w = -rkk_log1p(-(x * x)), q;
    if (w < 5.0f) {
        w = w - 2.5f;
        RKK_POLY_(q, w, RKK_A);
    } else {
        w = sqrtf(w) - 3.0f;
        RKK_POLY_(q, w, RKK_B);
    }
    if (fabsf(x) == 1.0f) return x * INFINITY;
    return q * x;
}

RKK_INLINE float rkk_normal(uint32_t b) {
    float u = rkk_unit(b) * 2.0f + rkk_lower;
    if (!(u >= rkk_lower)) u = rkk_lower;
    return rkk_sqrt2 * rkk_erfinv(u);
}

RKK_INLINE rkk_f32xW rkk_select(rkk_i32xW mask, rkk_f32xW a, rkk_f32xW b) {
    return (rkk_f32xW)(((rkk_i32xW)a & mask) | ((rkk_i32xW)b & ~mask));
}

RKK_INLINE rkk_f32xW rkk_sqrtW(rkk_f32xW x) {
#if __has_builtin(__builtin_elementwise_sqrt)
    return __builtin_elementwise_sqrt(x);
#else
    for (int l = 0; l < RKK_W; l++) x[l] = sqrtf(x[l]);
    return x;
#endif
}

/* rkk_normal on every lane. The w >= 5 branch (|u| > 0.9966, about one lane in 300) is
 * evaluated only when some lane needs it; both branches are exact IEEE operations per lane. */
RKK_INLINE rkk_f32xW rkk_normalW(rkk_u32xW b) {
    const rkk_f32xW lower = (rkk_f32xW){0} + rkk_lower;
    rkk_f32xW u = rkk_unitW(b) * 2.0f + rkk_lower;
    u = rkk_select(u >= lower, u, lower);
    rkk_f32xW w = -rkk_log1pW(-(u * u));
    rkk_f32xW v = w - 2.5f, p;
    RKK_POLY_(p, v, RKK_A);
    rkk_i32xW small = w < 5.0f;
    if (__builtin_reduce_and(small) == 0) {
        rkk_f32xW q, r = rkk_sqrtW(w) - 3.0f;
        RKK_POLY_(q, r, RKK_B);
        p = rkk_select(small, p, q);
    }
    rkk_f32xW x = p * u;
    x = rkk_select(__builtin_elementwise_abs(u) == 1.0f, u * INFINITY, x);
    return rkk_sqrt2 * x;
}

/* ---- the fill loops ---------------------------------------------------------------------- */

/* Runs `VEC(j, y0, y1)` for lanes j..<j+RKK_W and `ONE(j, y0, y1)` for the rest, every block once;
 * within a chunk the high counter word is constant and the low word does not wrap. */
#define RKK_FOR_EACH_BLOCK(k0, k1, start, n, VEC, ONE) do { \
    size_t done_ = 0; \
    rkk_u32xW lanes_; \
    for (int l_ = 0; l_ < RKK_W; l_++) lanes_[l_] = (uint32_t)l_; \
    while (done_ < (n)) { \
        uint64_t i_ = (start) + done_; \
        uint32_t hi_ = (uint32_t)(i_ >> 32), lo_ = (uint32_t)i_; \
        uint64_t room_ = ((uint64_t)1 << 32) - lo_; \
        size_t chunk_ = (n) - done_ < room_ ? (n) - done_ : (size_t)room_; \
        size_t j_ = 0; \
        rkk_u32xW ctr_ = lanes_ + lo_; \
        for (; j_ + RKK_W <= chunk_; j_ += RKK_W, ctr_ += (uint32_t)RKK_W) { \
            rkk_u32xW y0_, y1_; \
            rkk_blockW(k0, k1, hi_, ctr_, &y0_, &y1_); \
            VEC(done_ + j_, y0_, y1_); \
        } \
        for (; j_ < chunk_; j_++) { \
            uint32_t y0_, y1_; \
            rkk_block(k0, k1, hi_, lo_ + (uint32_t)j_, &y0_, &y1_); \
            ONE(done_ + j_, y0_, y1_); \
        } \
        done_ += chunk_; \
    } \
} while (0)

RKK_INLINE void rkk_xor_body(uint32_t k0, uint32_t k1, uint64_t start, uint32_t *out, size_t n) {
#define VEC(j, y0, y1) do { rkk_u32xW v_ = (y0) ^ (y1); memcpy(out + (j), &v_, sizeof v_); } while (0)
#define ONE(j, y0, y1) (out[j] = (y0) ^ (y1))
    RKK_FOR_EACH_BLOCK(k0, k1, start, n, VEC, ONE);
#undef VEC
#undef ONE
}

RKK_INLINE void rkk_wide_body(uint32_t k0, uint32_t k1, uint64_t start, uint64_t *out, size_t n) {
    /* Little-endian uint64 (y0 << 32) | y1 is the word pair (y1, y0). */
#define VEC(j, y0, y1) do { \
    rkk_u64xW w_ = (__builtin_convertvector(y0, rkk_u64xW) << 32) | __builtin_convertvector(y1, rkk_u64xW); \
    memcpy(out + (j), &w_, sizeof w_); } while (0)
#define ONE(j, y0, y1) (out[j] = (uint64_t)(y0) << 32 | (y1))
    RKK_FOR_EACH_BLOCK(k0, k1, start, n, VEC, ONE);
#undef VEC
#undef ONE
}

RKK_INLINE void rkk_uniform_body(uint32_t k0, uint32_t k1, uint64_t start, float *out, size_t n) {
#define VEC(j, y0, y1) do { rkk_f32xW v_ = rkk_unitW((y0) ^ (y1)); memcpy(out + (j), &v_, sizeof v_); } while (0)
#define ONE(j, y0, y1) (out[j] = rkk_unit((y0) ^ (y1)))
    RKK_FOR_EACH_BLOCK(k0, k1, start, n, VEC, ONE);
#undef VEC
#undef ONE
}

RKK_INLINE void rkk_normal_body(uint32_t k0, uint32_t k1, uint64_t start, float *out, size_t n) {
#define VEC(j, y0, y1) do { rkk_f32xW v_ = rkk_normalW((y0) ^ (y1)); memcpy(out + (j), &v_, sizeof v_); } while (0)
#define ONE(j, y0, y1) (out[j] = rkk_normal((y0) ^ (y1)))
    RKK_FOR_EACH_BLOCK(k0, k1, start, n, VEC, ONE);
#undef VEC
#undef ONE
}

/* Defines the four kernels for one instruction set: rkk_xor_<suffix> and so on (kernels.h). */
#define RKK_INSTANCE(suffix, attribute) \
    attribute void rkk_xor_##suffix(uint32_t k0, uint32_t k1, uint64_t s, uint32_t *o, size_t n) { rkk_xor_body(k0, k1, s, o, n); } \
    attribute void rkk_wide_##suffix(uint32_t k0, uint32_t k1, uint64_t s, uint64_t *o, size_t n) { rkk_wide_body(k0, k1, s, o, n); } \
    attribute void rkk_uniform_##suffix(uint32_t k0, uint32_t k1, uint64_t s, float *o, size_t n) { rkk_uniform_body(k0, k1, s, o, n); } \
    attribute void rkk_normal_##suffix(uint32_t k0, uint32_t k1, uint64_t s, float *o, size_t n) { rkk_normal_body(k0, k1, s, o, n); }

#endif
