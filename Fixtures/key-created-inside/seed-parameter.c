/* The seed is the caller's choice: a key built from a parameter is not conjured. */
#include <stdint.h>
#include "randomkeys.h"

double sample_with_seed(int64_t seed) {
    rk_key key = rk_key_from_seed(seed);
    return rk_uniform(key);
}
