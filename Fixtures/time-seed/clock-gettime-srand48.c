/* A particle simulation seeding drand48 from clock_gettime's nanoseconds. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    long seed = ts.tv_nsec;
    srand48(seed); // expect: global-seed, time-seed
    double energy = 0;
    for (int i = 0; i < 1000; i++) {
        energy += drand48(); // expect: hidden-global-rng
    }
    printf("%f\n", energy / 1000);
    return 0;
}
