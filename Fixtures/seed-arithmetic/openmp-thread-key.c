/* Each OpenMP thread builds its key from seed ^ its thread number. */
#include <omp.h>
#include "randomkeys.h"

void fill(double *out, int n, uint64_t seed) {
#pragma omp parallel
    {
        rk_key key = rk_key_from_seed(seed ^ (uint64_t)omp_get_thread_num()); /* expect: seed-arithmetic */
        int t = omp_get_thread_num();
        out[t] = rk_uniform(key);
    }
    (void)n;
}
