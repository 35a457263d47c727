/* Exclusive arms (if/else, ?:, switch with breaks, early return) do not add up. */
#include "randomkeys.h"

double choose(rk_key key, int mode) {
    if (mode < 0) return rk_normal(key);
    double x;
    if (mode == 0) {
        x = rk_uniform(key);
    } else {
        x = rk_normal(key);
    }
    return x;
}

double other(rk_key key, int mode) {
    switch (mode) {
    case 0:
        return rk_uniform(key);
    case 1:
        return rk_normal(key);
    default:
        break;
    }
    return mode > 5 ? rk_uniform(key) : rk_normal(key);
}
