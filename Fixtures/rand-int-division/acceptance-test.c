/* A Metropolis step meant to accept with probability p; the integer quotient is 0, so it
 * never accepts (and the "+ 1" variant overflows as well). */
#include <stdlib.h>

int accept(double p) {
    return rand() / RAND_MAX < p; // expect: hidden-global-rng, rand-int-division
}

double jitter(void) {
    return rand() / (RAND_MAX + 1); // expect: hidden-global-rng, rand-int-division
}
