/* A Metropolis step meant to accept with probability p; the integer quotient is 0, so it
 * never accepts (and the "+ 1" variant overflows as well). */
#include <stdlib.h>

int accept(double p) {
    return (double)rand() / RAND_MAX < p; // expect: hidden-global-rng
}

double jitter(void) {
    return (double)rand() / (RAND_MAX + 1.0); // expect: hidden-global-rng
}
