/* A bounded draw shifted and wrapped: (draw + day) % 7 keeps a uniform draw uniform. */
#include <stdint.h>
#include <stdlib.h>
#include "randomkeys.h"

int next_market_day(int today) {
    return ((int)arc4random_uniform(7) + today) % 7; // expect: hidden-global-rng
}

int rotate_seat(rk_key key, int first, int seats) {
    int offset = (int)rk_bounded(key, (uint64_t)seats);
    return (first + offset) % seats;
}
