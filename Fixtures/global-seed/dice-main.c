/* A dice roller that seeds the process-wide generator once, in main. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    srand(42); // expect: global-seed
    for (int i = 0; i < 3; i++) {
        printf("%d\n", rand() % 6 + 1); // expect: hidden-global-rng, modulo-bias
    }
    return 0;
}
