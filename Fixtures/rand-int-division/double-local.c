/* The draw is stored in a double local, so r / RAND_MAX is a floating-point division. */
#include <stdlib.h>

double uniform_from_double_local(void) {
    double r = rand(); // expect: hidden-global-rng
    double u = r / RAND_MAX;
    return u;
}
