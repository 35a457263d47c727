/* One RandomKeys key per episode from seed + episode. */
#include "randomkeys.h"

double evaluate(uint64_t seed, int episodes) {
    double total = 0;
    for (int e = 0; e < episodes; e++) {
        rk_key key = rk_key_from_seed(seed + (uint64_t)e); /* expect: seed-arithmetic */
        total += rk_uniform(key);
    }
    return total / episodes;
}
