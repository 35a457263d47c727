/* srand and srand48 seed different generators: seeding both is not a reseed. */
#include <stdlib.h>

int main(void) {
    srand(1); // expect: global-seed
    int a = rand(); // expect: hidden-global-rng
    srand48(2); // expect: global-seed
    long b = lrand48(); // expect: hidden-global-rng
    return (int)((a + b) & 1);
}
