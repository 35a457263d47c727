/* The intended pattern in an OpenMP loop: one key per iteration, folded from one key. */
#include "randomkeys.h"

void perturb(double *x, int n, rk_key key) {
#pragma omp parallel for
    for (int i = 0; i < n; i++) {
        x[i] += rk_normal(rk_fold_in(key, (uint64_t)i));
    }
}
