/* The local held the clock, but is pinned to a recorded seed before seeding. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define REPLAY_SEED 20240501u

int main(void) {
    unsigned seed = (unsigned)time(NULL);
    printf("wall-clock seed would have been %u; replaying the recorded run\n", seed);
    seed = REPLAY_SEED;
    srandom(seed); // expect: global-seed
    return (int)(random() & 0xF); // expect: hidden-global-rng
}
