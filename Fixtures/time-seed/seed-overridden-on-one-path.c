/* The seed defaults to the clock and is replaced only when a seed argument is given: one path still seeds from time. */
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv) {
    unsigned long seed = (unsigned long)time(NULL);
    if (argc > 1) {
        seed = strtoul(argv[1], NULL, 10);
    }
    srand48((long)seed); // expect: global-seed, time-seed
    return drand48() < 0.5; // expect: hidden-global-rng
}
