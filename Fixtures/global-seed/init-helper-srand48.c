/* A library-style init function seeding drand48's generator: a global seed, and (being
   outside main) a mid-program reseed for whoever calls it. */
#include <stdlib.h>

void rng_init(long seed) {
    srand48(seed); // expect: global-seed, mid-program-reseed
}

double jitter(void) {
    return drand48() - 0.5; // expect: hidden-global-rng
}

int main(void) {
    rng_init(7);
    return jitter() > 0;
}
