/* The recommended style: an explicit key, created once in main and split for each use. */
#include <stdio.h>
#include "randomkeys.h"

static double noise(rk_key key) {
    return rk_normal(key);
}

int main(void) {
    rk_key key = rk_key_from_seed(42);
    rk_key sub[2];
    rk_split(key, sub, 2);
    printf("%f %f\n", noise(sub[0]), rk_uniform(sub[1]));
    return 0;
}
