/* RAND_MAX + 1u is unsigned arithmetic: no overflow, and the division by it is floating point. */
#include <stdlib.h>

static const double kScale = 1.0 / (RAND_MAX + 1u);

double uniform_open(void) {
    unsigned span = RAND_MAX + 1u;
    double u = rand() * kScale; // expect: hidden-global-rng
    return u + 0.5 / span;
}
