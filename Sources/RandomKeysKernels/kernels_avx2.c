/* The kernels for AVX2 (x86 only; chosen at run time by dispatch.c). */
#include "kernels.h"
#if RKK_X86
#define RKK_W 32
#include "threefry_body.h"

RKK_INSTANCE(avx2, __attribute__((target("avx2"))))
#endif
