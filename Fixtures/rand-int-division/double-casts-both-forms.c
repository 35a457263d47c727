/* Casting RAND_MAX (before the + 1, or alone) makes the arithmetic floating point. */
#include <stdlib.h>

typedef struct { double x, y; } point;

point random_point(void) {
    point p;
    p.x = (double)rand() / ((double)RAND_MAX + 1); // expect: hidden-global-rng
    p.y = rand() / (double)RAND_MAX; // expect: hidden-global-rng
    return p;
}
