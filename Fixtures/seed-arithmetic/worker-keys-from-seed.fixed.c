/* Per-rank keys seeded base * 1000 + rank: neighbouring seeds, and rank 1000 of one run is
 * rank 0 of the next base. */
#include <stdint.h>
#include "randomkeys.h"

double rank_sample(int64_t base, int rank) {
    rk_key key = rk_fold_in(rk_key_from_seed(base * 1000), rank);
    return rk_uniform(key);
}
