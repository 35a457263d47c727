/* Each trial reseeds the global generator with base + trial. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    unsigned base = argc > 1 ? (unsigned)atoi(argv[1]) : 1u;
    for (int trial = 0; trial < 10; trial++) {
        srand(base + trial); /* expect: global-seed, mid-program-reseed, seed-arithmetic */
        printf("%d\n", rand() % 6); /* expect: hidden-global-rng, modulo-bias */
    }
    return 0;
}
