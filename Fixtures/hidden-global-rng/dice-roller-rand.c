/* A dice roller drawing from rand(): every roll comes from the hidden process-wide state. */
#include <stdio.h>
#include <stdlib.h>

static int roll_d6(void) {
    return rand() % 6 + 1; // expect: hidden-global-rng, modulo-bias
}

int main(int argc, char **argv) {
    srand(argc > 1 ? (unsigned)atoi(argv[1]) : 1u); // expect: global-seed
    int total = 0;
    for (int i = 0; i < 3; i++) {
        total += roll_d6();
    }
    printf("3d6 = %d\n", total);
    return 0;
}
