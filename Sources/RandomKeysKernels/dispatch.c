/* Chooses the kernels for the CPU at the first call: AVX-512, AVX2 or the baseline. */
#include "RandomKeysKernels.h"
#include "kernels.h"

#if RKK_X86
#include <cpuid.h>
#endif

typedef struct rkk_table {
    void (*xor_)(uint32_t, uint32_t, uint64_t, uint32_t *, size_t);
    void (*wide)(uint32_t, uint32_t, uint64_t, uint64_t *, size_t);
    void (*uniform)(uint32_t, uint32_t, uint64_t, float *, size_t);
    void (*normal)(uint32_t, uint32_t, uint64_t, float *, size_t);
} rkk_table;

#define RKK_TABLE(suffix) {rkk_xor_##suffix, rkk_wide_##suffix, rkk_uniform_##suffix, rkk_normal_##suffix}
#if RKK_X86
static const rkk_table rkk_tables[3] = {RKK_TABLE(base), RKK_TABLE(avx2), RKK_TABLE(avx512)};
#else
static const rkk_table rkk_tables[1] = {RKK_TABLE(base)};
#endif

/* The best level this CPU and OS support. */
static int rkk_detect(void) {
#if RKK_X86
    unsigned a, b, c, d, xcr0_lo, xcr0_hi;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 27))) return 0; /* OSXSAVE */
    __asm__("xgetbv" : "=a"(xcr0_lo), "=d"(xcr0_hi) : "c"(0));
    if ((xcr0_lo & 0x6u) != 0x6u || !(c & (1u << 28))) return 0; /* AVX state, AVX */
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d) || !(b & (1u << 5))) return 0; /* AVX2 */
#if defined(__APPLE__)
    return 1; /* macOS enables AVX-512 state on first use, so XCR0 does not show it */
#else
    {
        const unsigned avx512 = (1u << 16) | (1u << 17) | (1u << 30) | (1u << 31); /* F, DQ, BW, VL */
        if ((xcr0_lo & 0xE6u) == 0xE6u && (b & avx512) == avx512) return 2;
    }
    return 1;
#endif
#else
    return 0;
#endif
}

static int rkk_active = -1;
static int rkk_best = -1;

int rkk_level(void) {
    int level = __atomic_load_n(&rkk_active, __ATOMIC_RELAXED);
    if (level < 0) {
        int best = __atomic_load_n(&rkk_best, __ATOMIC_RELAXED);
        if (best < 0) { best = rkk_detect(); __atomic_store_n(&rkk_best, best, __ATOMIC_RELAXED); }
        level = best;
        __atomic_store_n(&rkk_active, level, __ATOMIC_RELAXED);
    }
    return level;
}

int rkk_force_level(int level) {
    __atomic_store_n(&rkk_active, -1, __ATOMIC_RELAXED);
    int best = rkk_level();
    if (level >= 0 && level < best) __atomic_store_n(&rkk_active, level, __ATOMIC_RELAXED);
    return rkk_level();
}

void rkk_threefry_xor(uint32_t k0, uint32_t k1, uint64_t start, uint32_t *out, size_t n) {
    rkk_tables[rkk_level()].xor_(k0, k1, start, out, n);
}

void rkk_threefry_wide(uint32_t k0, uint32_t k1, uint64_t start, uint64_t *out, size_t n) {
    rkk_tables[rkk_level()].wide(k0, k1, start, out, n);
}

void rkk_threefry_uniform_f32(uint32_t k0, uint32_t k1, uint64_t start, float *out, size_t n) {
    rkk_tables[rkk_level()].uniform(k0, k1, start, out, n);
}

void rkk_threefry_normal_f32(uint32_t k0, uint32_t k1, uint64_t start, float *out, size_t n) {
    rkk_tables[rkk_level()].normal(k0, k1, start, out, n);
}
