/* Unbiased bounded draws: arc4random_uniform(n), rk_bounded(k, n) and scaling drand48() by n. */
#include <stdint.h>
#include <stdlib.h>
#include "randomkeys.h"

int pick_arc4(uint32_t n) {
    return (int)arc4random_uniform(n); // expect: hidden-global-rng
}

int pick_key(rk_key key, uint64_t n) {
    return (int)rk_bounded(key, n);
}

int pick_drand48(int n) {
    return (int)(drand48() * n); // expect: hidden-global-rng
}
