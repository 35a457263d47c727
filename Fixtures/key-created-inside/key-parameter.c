/* Helpers that take their key as a parameter and derive from it. */
#include "randomkeys.h"

double layer_init(rk_key key, int layer) {
    rk_key layer_key = rk_fold_in(key, (uint32_t)layer);
    return rk_normal(layer_key);
}
