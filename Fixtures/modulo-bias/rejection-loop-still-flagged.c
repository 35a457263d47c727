/* Rejection sampling makes r % n unbiased, but the analysis only sees a draw reduced by % n. */
#include <stdlib.h>

int unbiased_below(int n) {
    int limit = RAND_MAX - RAND_MAX % n;
    int r;
    do {
        r = rand(); // expect: hidden-global-rng
    } while (r >= limit);
    return r % n; // expect: modulo-bias
}
