/* A precomputed scale 1.0 / (RAND_MAX + 1): the int addition overflows before the double division. */
#include <stdlib.h>

double uniform01(void) {
    double scale = 1.0 / (RAND_MAX + 1); // expect: rand-int-division
    return rand() * scale; // expect: hidden-global-rng
}
