/* A helper stamps the config with the start time and seeds the key from the config's seed field. */
#include <time.h>
#include "randomkeys.h"

typedef struct {
    long long seed;
    time_t started;
    int replicas;
} run_config;

double first_replica_noise(run_config *cfg) {
    cfg->started = time(NULL);
    rk_key key = rk_key_from_seed(cfg->seed);
    return rk_normal(rk_fold_in(key, (uint32_t)cfg->replicas));
}
