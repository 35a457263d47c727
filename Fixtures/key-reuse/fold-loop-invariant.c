/* Each particle's key folds in the step number, not the particle index: all particles of a
   step move alike. */
#include "randomkeys.h"

void move(rk_key key, int step, double *x, int n) {
    for (int p = 0; p < n; p++) {
        rk_key k = rk_fold_in(key, step); // expect: key-reuse
        x[p] += rk_normal(k);
    }
}
