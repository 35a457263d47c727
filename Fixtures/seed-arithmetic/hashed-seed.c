/* Each trial's seed is the base and the trial passed through a mixing hash: not reported. */
#include "randomkeys.h"

static uint64_t splitmix64(uint64_t x) {
    uint64_t z = x + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double trials(uint64_t base, int n) {
    double sum = 0;
    for (int t = 0; t < n; t++) {
        rk_key key = rk_key_from_seed(splitmix64(base ^ (uint64_t)t));
        sum += rk_normal(key);
    }
    return sum;
}
