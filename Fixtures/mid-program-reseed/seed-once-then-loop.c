/* Seeded once at the top of main, then drawn from in a loop: not a mid-program reseed. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    srand(42); // expect: global-seed
    for (int i = 0; i < 5; i++) {
        printf("%d\n", rand() % 6 + 1); // expect: hidden-global-rng, modulo-bias
    }
    return 0;
}
