/* The run key is folded for a worker and also drawn from directly. */
#include "randomkeys.h"

double run(rk_key key) {
    rk_key worker = rk_fold_in(key, 3);
    double base = rk_uniform(key); // expect: key-reuse
    return base + rk_uniform(worker);
}
