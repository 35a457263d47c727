/* Two draws from one key return the same numbers. */
#include "randomkeys.h"

void jitter(rk_key key, double *dx, double *dy) {
    *dx = rk_uniform(key);
    *dy = rk_uniform(key); // expect: key-reuse
}
