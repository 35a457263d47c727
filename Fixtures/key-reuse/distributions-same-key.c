/* Two distributions of randomkeys.h drawn from one key share their bits. */
#include "randomkeys.h"

double shape_and_scale(rk_key key) {
    double shape = rk_gamma(key, 2.0);
    double scale = rk_beta(key, 1.0, 3.0); /* expect: key-reuse */
    return shape * scale;
}
