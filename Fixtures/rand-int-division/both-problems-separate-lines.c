/* Both problems, one per line: RAND_MAX + 1 overflows in an int, and rand() / RAND_MAX truncates. */
#include <stdlib.h>

typedef struct { long range; double first_fraction; } rng_report;

rng_report describe_rng(void) {
    rng_report rep;
    rep.range = RAND_MAX + 1; // expect: rand-int-division
    rep.first_fraction = rand() / RAND_MAX; // expect: hidden-global-rng, rand-int-division
    return rep;
}
