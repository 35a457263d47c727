/* A library init function that reseeds the C generator from the clock for whoever calls it. */
#include <stdlib.h>
#include <time.h>

void rng_init(void) {
    srand((unsigned)time(0)); // expect: global-seed, mid-program-reseed, time-seed
}

int random_tile(void) {
    return rand() & 15; // expect: hidden-global-rng
}

int main(void) {
    rng_init();
    return random_tile();
}
