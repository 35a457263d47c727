/* Two folds of one key with the same constant derive the same key: the "noise" and the
   "dropout" streams are identical. */
#include "randomkeys.h"

double layer(rk_key key) {
    rk_key noise = rk_fold_in(key, 1);
    rk_key dropout = rk_fold_in(key, 1); // expect: key-reuse
    return rk_normal(noise) + rk_uniform(dropout);
}
