/* The seed comes from a config struct field named seed. */
#include <stdint.h>
#include "randomkeys.h"

struct config {
    int64_t seed;
    int steps;
};

double run(const struct config *cfg) {
    rk_key key = rk_key_from_seed(cfg->seed);
    double x = 0;
    for (int i = 0; i < cfg->steps; i++) x += rk_normal(rk_fold_in(key, (uint32_t)i));
    return x;
}
