/* The intended pattern: one key, folded with the thread number. */
#include <omp.h>
#include "randomkeys.h"

void fill(double *out, rk_key key) {
#pragma omp parallel
    {
        int t = omp_get_thread_num();
        out[t] = rk_uniform(rk_fold_in(key, (uint64_t)t));
    }
}
