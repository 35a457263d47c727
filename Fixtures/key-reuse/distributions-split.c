/* Split first: each distribution gets its own key. */
#include "randomkeys.h"

double shape_and_scale(rk_key key) {
    rk_key sub[2];
    rk_split(key, sub, 2);
    double shape = rk_gamma(sub[0], 2.0);
    double scale = rk_beta(sub[1], 1.0, 3.0);
    return shape * scale;
}
