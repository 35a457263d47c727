/* Hash-table buckets and a shuffle index cut from raw bits with %: the low remainders come
 * up more often whenever the size is not a power of two. */
#include <stdint.h>
#include <stdlib.h>
#include "randomkeys.h"

uint32_t bucket(rk_key key, uint32_t buckets) {
    return rk_bits32(key) % buckets; // expect: modulo-bias
}

uint32_t victim(uint32_t live) {
    return arc4random() % live; // expect: hidden-global-rng, modulo-bias
}
