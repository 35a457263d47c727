/* A seed from argv when given, else the clock: the default run cannot be replayed. */
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv) {
    srand(argc > 1 ? (unsigned)atoi(argv[1]) : (unsigned)time(NULL)); // expect: global-seed, time-seed
    return rand() & 1; // expect: hidden-global-rng
}
