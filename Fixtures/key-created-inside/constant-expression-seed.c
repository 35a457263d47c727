/* A seed computed from constants is still a constant. */
#include "randomkeys.h"

#define BASE_SEED 1000

static double init_value(int layer) {
    rk_key key = rk_key_from_seed(BASE_SEED * 2 + 1); // expect: key-created-inside
    rk_key layer_key = rk_fold_in(key, (uint32_t)layer);
    return rk_normal(layer_key);
}

int main(void) {
    return init_value(3) > 0;
}
