/* A config struct with a key field and a seed field; each key drawn once. */
#include <stdint.h>
#include "randomkeys.h"

struct config {
    uint64_t seed;
    rk_key key;
};

double run(const struct config *cfg) {
    rk_key sub[3];
    rk_split(cfg->key, sub, 3);
    return rk_uniform(sub[0]) + rk_normal(sub[1]) + (double)rk_bits32(sub[2]) + (double)cfg->seed;
}
