/*
 * RandomKeysKernels: the bulk threefry2x32-20 kernels behind RandomKeys' fill APIs
 * (an internal target of the RandomKeys Swift module, not a public C API; the public C twin is
 * CRandomKeys' randomkeys.h).
 *
 * Every function computes, for j in 0..<n, block j of key (k0, k1) in JAX's partitionable
 * layout (counter ((start + j) >> 32, (start + j) & 0xFFFFFFFF)) and writes one element per
 * block. The results are the same bits on every instruction set; the best one the CPU and OS
 * support (AVX-512F, AVX2, or the baseline) is chosen at the first call.
 */
#ifndef RANDOMKEYS_KERNELS_H
#define RANDOMKEYS_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* out[j] = y0 ^ y1: jax.random.bits(key, (n,), uint32). */
void rkk_threefry_xor(uint32_t k0, uint32_t k1, uint64_t start, uint32_t *out, size_t n);

/* out[j] = (y0 << 32) | y1: jax.random.bits(key, (n,), uint64); also the keys of split(key, n). */
void rkk_threefry_wide(uint32_t k0, uint32_t k1, uint64_t start, uint64_t *out, size_t n);

/* out[j] = bitcast((b >> 9) | 0x3F800000) - 1 with b = y0 ^ y1: jax.random.uniform (float32). */
void rkk_threefry_uniform_f32(uint32_t k0, uint32_t k1, uint64_t start, float *out, size_t n);

/* out[j] = RandomKeys' float32 normal of b = y0 ^ y1 (RandomKey.normalFloat, bit for bit). */
void rkk_threefry_normal_f32(uint32_t k0, uint32_t k1, uint64_t start, float *out, size_t n);

/* Instruction-set levels: 0 baseline, 1 AVX2, 2 AVX-512F. */
/* The level in use (detected at the first call). */
int rkk_level(void);
/* Forces `level` (clamped to what the CPU supports) and returns the level now in use; a
 * negative level restores detection. For tests and benchmarks. */
int rkk_force_level(int level);

#ifdef __cplusplus
}
#endif

#endif
