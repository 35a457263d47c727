/* Splitting the key on every iteration and carrying one half forward: no reuse. */
#include "randomkeys.h"

double simulate(rk_key key, int steps) {
    double total = 0;
    for (int i = 0; i < steps; i++) {
        rk_key sub[2];
        rk_split(key, sub, 2);
        key = sub[0];
        total += rk_uniform(sub[1]);
    }
    return total;
}
