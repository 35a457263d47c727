/* RAND_MAX + 1 inside #if is preprocessor arithmetic (intmax_t); the live code uses a double scale macro. */
#include <stdlib.h>

#if RAND_MAX + 1 > 65536
#define WIDE_RAND 1
#else
#define WIDE_RAND 0
#endif

#define RAND_SCALE (1.0 / ((double)RAND_MAX + 1.0))

double noise(void) {
    return rand() * RAND_SCALE - 0.5 * WIDE_RAND; // expect: hidden-global-rng
}
