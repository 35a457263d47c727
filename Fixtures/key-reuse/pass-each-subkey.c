/* Each sub-key goes to exactly one consumer. */
#include "randomkeys.h"

double init_weights(rk_key key);
double init_bias(rk_key key);

double init_layer(rk_key key) {
    rk_key sub[3];
    rk_split(key, sub, 3);
    double w = init_weights(sub[0]);
    double b = init_bias(sub[1]);
    return w + b + rk_uniform(sub[2]);
}
