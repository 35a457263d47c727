/* One split into n keys, each drawn once in a loop: every index is a different key. */
#include <stddef.h>
#include "randomkeys.h"

void fill(rk_key key, double *out, size_t n) {
    rk_key keys[64];
    if (n > 64) n = 64;
    rk_split(key, keys, n);
    for (size_t i = 0; i < n; i++) {
        out[i] = rk_uniform(keys[i]);
    }
}
