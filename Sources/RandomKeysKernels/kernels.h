/* The per-instruction-set kernels (kernels_<isa>.c) that dispatch.c chooses between. */
#ifndef RANDOMKEYS_KERNELS_INTERNAL_H
#define RANDOMKEYS_KERNELS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#if defined(__x86_64__) || defined(__i386__)
#define RKK_X86 1
#else
#define RKK_X86 0
#endif

#define RKK_DECLARE(suffix) \
    void rkk_xor_##suffix(uint32_t k0, uint32_t k1, uint64_t start, uint32_t *out, size_t n); \
    void rkk_wide_##suffix(uint32_t k0, uint32_t k1, uint64_t start, uint64_t *out, size_t n); \
    void rkk_uniform_##suffix(uint32_t k0, uint32_t k1, uint64_t start, float *out, size_t n); \
    void rkk_normal_##suffix(uint32_t k0, uint32_t k1, uint64_t start, float *out, size_t n);

RKK_DECLARE(base)
#if RKK_X86
RKK_DECLARE(avx2)
RKK_DECLARE(avx512)
#endif

#endif
