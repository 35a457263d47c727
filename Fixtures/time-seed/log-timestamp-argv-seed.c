/* The start time goes into the log line; the seed comes from argv. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv) {
    time_t now = time(NULL);
    long seed = argc > 1 ? atol(argv[1]) : 1L;
    printf("run started %s with seed %ld\n", ctime(&now), seed);
    srand48(seed); // expect: global-seed
    double temperature = 20.0 + 5.0 * drand48(); // expect: hidden-global-rng
    printf("%.1f\n", temperature);
    return 0;
}
