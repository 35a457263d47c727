/* A #define that is not a power of two: % RANGE with RANGE 10 is biased. */
#include "randomkeys.h"

#define RANGE 10

void fill_scores(rk_key key, int *scores, int n) {
    for (int i = 0; i < n; i++) {
        scores[i] = (int)(rk_bits64(rk_fold_in(key, (uint32_t)i)) % RANGE); // expect: modulo-bias
    }
}
