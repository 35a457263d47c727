/* The thread count is the same for every thread: one seed, mixed once. */
#include "randomkeys.h"

rk_key configure(uint64_t seed, int nthreads) {
    return rk_key_from_seed(seed + (uint64_t)nthreads);
}
