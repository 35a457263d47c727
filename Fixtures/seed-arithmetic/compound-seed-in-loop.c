/* The seed is bumped by the loop index before each reseed. */
#include <stdlib.h>

void batches(unsigned seed, int count) {
    for (int b = 0; b < count; b++) {
        seed += b;
        srand(seed); /* expect: global-seed, mid-program-reseed, seed-arithmetic */
    }
}
