/* The generator is seeded once; the loop index is added to each draw, not to the seed. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    srand(2024u); /* expect: global-seed */
    for (int i = 0; i < 4; i++) {
        printf("%d\n", rand() + i); /* expect: hidden-global-rng */
    }
    return 0;
}
