/* drand48(), erand48() and rk_uniform() already return doubles: no integer division anywhere. */
#include <stdlib.h>
#include "randomkeys.h"

double three_uniforms(rk_key key, unsigned short xsubi[3]) {
    double a = drand48(); // expect: hidden-global-rng
    double b = erand48(xsubi);
    double c = rk_uniform(key);
    return (a + b + c) / 3.0;
}
