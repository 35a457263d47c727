/* A per-step key folded from the run key, then one fold per particle from the step key: every
   particle of every step gets its own key. No key-reuse. */
#include "randomkeys.h"

void move(rk_key key, int steps, double *x, int n) {
    for (int step = 0; step < steps; step++) {
        rk_key step_key = rk_fold_in(key, step);
        for (int p = 0; p < n; p++) {
            x[p] += rk_normal(rk_fold_in(step_key, p));
        }
    }
}
