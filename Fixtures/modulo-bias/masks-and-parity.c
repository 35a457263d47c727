/* Masks, shifts and % 2 on raw draws: power-of-two reductions, so no bias to report. */
#include <stdlib.h>
#include "randomkeys.h"

enum { kRingSize = 32 };

int coin_side(void) {
    return (int)(lrand48() % 2); // expect: hidden-global-rng
}

int ring_slot(rk_key key) {
    rk_key sub[2];
    rk_split(key, sub, 2);
    int slot = (int)(rk_bits32(sub[0]) & (kRingSize - 1));
    int octant = (int)(rk_bits32(sub[1]) >> 29);
    return slot * 8 + octant;
}

int small_noise(void) {
    return (rand() & 0x3F) - 32; // expect: hidden-global-rng
}
