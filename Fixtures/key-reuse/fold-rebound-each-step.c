/* The step key is rebound from a fold of the previous one each step, so each fold folds a new
   key. No key-reuse. */
#include "randomkeys.h"

double walk(rk_key key, int steps) {
    double x = 0;
    rk_key current = key;
    for (int s = 0; s < steps; s++) {
        current = rk_fold_in(current, 7);
        x += rk_normal(rk_fold_in(current, 1));
    }
    return x;
}
