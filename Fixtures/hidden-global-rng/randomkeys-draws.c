/* A bootstrap resampler that draws only from explicit keys split from the one main passes in. */
#include <stddef.h>
#include "randomkeys.h"

double bootstrap_mean(const double *xs, size_t n, rk_key key) {
    rk_key sub[2];
    rk_split(key, sub, 2);
    double jitter = rk_uniform(sub[0]) * 1e-9;
    double total = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t j = rk_bounded(rk_fold_in(sub[1], (uint32_t)i), n);
        total += xs[j];
    }
    return total / (double)n + jitter;
}

int main(void) {
    double xs[4] = {1.0, 2.0, 3.0, 4.0};
    return bootstrap_mean(xs, 4, rk_key_from_seed(42)) > 2.0;
}
