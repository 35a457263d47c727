/* A helper that splits the caller's key in place (through a pointer) and returns a fresh
   sub-key: passing &key consumes the old key and leaves a new one behind. */
#include "randomkeys.h"

static rk_key split_off(rk_key *key) {
    rk_key sub[2];
    rk_split(*key, sub, 2);
    *key = sub[0];
    return sub[1];
}

double total(rk_key key, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
        rk_key sub = split_off(&key);
        sum += rk_uniform(sub);
    }
    return sum;
}
