/* A do-while body runs repeatedly: a seeding call in it reseeds on every pass. */
#include <stdlib.h>

int main(void) {
    int attempts = 0;
    int value;
    do {
        srand(1234); // expect: global-seed, mid-program-reseed
        value = rand() % 100; // expect: hidden-global-rng, modulo-bias
    } while (value < 50 && ++attempts < 10);
    return value;
}
