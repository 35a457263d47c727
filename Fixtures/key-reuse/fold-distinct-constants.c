/* Distinct constants folded into one key derive distinct keys; the key is never drawn itself.
   No key-reuse. */
#include "randomkeys.h"

double layer(rk_key key) {
    rk_key noise = rk_fold_in(key, 1);
    rk_key dropout = rk_fold_in(key, 2);
    return rk_normal(noise) + rk_uniform(dropout);
}
