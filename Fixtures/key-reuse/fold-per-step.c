/* rk_fold_in does not consume its key: folding in a step index is the intended per-step key. */
#include "randomkeys.h"

double trajectory(rk_key key, int steps) {
    double x = 0;
    for (int step = 0; step < steps; step++) {
        rk_key step_key = rk_fold_in(key, (uint32_t)step);
        x += rk_normal(step_key);
    }
    x += rk_uniform(rk_fold_in(key, 1000));
    return x;
}
