/* A board game's die: rand() % 6 favours the low faces, since RAND_MAX + 1 is not a multiple of 6. */
#include <stdio.h>
#include <stdlib.h>

int roll_die(void) {
    return rand() % 6 + 1; // expect: hidden-global-rng, modulo-bias
}

int main(void) {
    int counts[7] = {0};
    for (int i = 0; i < 6000; i++) {
        counts[roll_die()]++;
    }
    for (int face = 1; face <= 6; face++) {
        printf("%d: %d\n", face, counts[face]);
    }
    return 0;
}
