/* A fixed offset added to the user's seed, once, at start-up. */
#include <stdio.h>
#include <stdlib.h>

#define SEED_OFFSET 17

int main(int argc, char **argv) {
    unsigned base = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 42u;
    srand(base + SEED_OFFSET); /* expect: global-seed */
    printf("%d\n", rand()); /* expect: hidden-global-rng */
    return 0;
}
