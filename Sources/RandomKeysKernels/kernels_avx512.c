/* The kernels for AVX-512 F/VL/DQ/BW (x86 only; chosen at run time by dispatch.c). */
#include "kernels.h"
#if RKK_X86
#define RKK_W 64
#include "threefry_body.h"

RKK_INSTANCE(avx512, __attribute__((target("avx512f,avx512vl,avx512dq,avx512bw"))))
#endif
