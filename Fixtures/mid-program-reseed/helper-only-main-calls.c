/* configure_randomness() is only ever called once, from the top of main, before any draw.
   DESIGN's rule is per function: a seeding call outside an entry point reseeds the generator
   for every caller, whatever the call graph looks like today. So this IS mid-program-reseed
   (outside an entry point), as well as global-seed. */
#include <stdio.h>
#include <stdlib.h>

static void configure_randomness(unsigned seed) {
    srand(seed); // expect: global-seed, mid-program-reseed
}

static int roll_initiative(void) {
    return rand() % 20 + 1; // expect: hidden-global-rng, modulo-bias
}

int main(void) {
    configure_randomness(42);
    printf("%d\n", roll_initiative());
    return 0;
}
