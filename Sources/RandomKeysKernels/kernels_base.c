/* The kernels for the target's baseline instruction set (SSE2 on x86-64, NEON on arm64). */
#include "kernels.h"
#define RKK_W 16
#include "threefry_body.h"

RKK_INSTANCE(base, )
