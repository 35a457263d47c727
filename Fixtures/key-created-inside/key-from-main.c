/* The key is created in main and passed down: the intended style. */
#include <stdio.h>
#include "randomkeys.h"

static double noise(rk_key key) {
    return rk_normal(key);
}

int main(void) {
    rk_key key = rk_key_from_seed(42);
    rk_key sub[2];
    rk_split(key, sub, 2);
    printf("%f %f\n", noise(sub[0]), noise(sub[1]));
    return 0;
}
