/* The C FAQ's rand() / (RAND_MAX / 6 + 1): an integer division into six buckets, which is intended. */
#include <stdlib.h>

int roll_die(void) {
    return rand() / (RAND_MAX / 6 + 1) + 1; // expect: hidden-global-rng
}
