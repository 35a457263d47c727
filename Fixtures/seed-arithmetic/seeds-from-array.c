/* Seeds read from a table, one per trial: not arithmetic on a base. */
#include <stdio.h>
#include <stdlib.h>

static const unsigned seeds[] = {12345u, 67890u, 24680u};

int main(void) {
    for (int i = 0; i < 3; i++) {
        srand(seeds[i]); /* expect: global-seed, mid-program-reseed */
        printf("%d\n", rand()); /* expect: hidden-global-rng */
    }
    return 0;
}
