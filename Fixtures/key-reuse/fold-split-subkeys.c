/* The key is split once; one half is folded per worker, the other drawn: the folded key is not
   the drawn one. No key-reuse. */
#include "randomkeys.h"

double work(rk_key key, int workers) {
    rk_key sub[2];
    rk_split(key, sub, 2);
    double total = rk_uniform(sub[1]);
    for (int w = 0; w < workers; w++) {
        total += rk_normal(rk_fold_in(sub[0], w));
    }
    return total;
}
