/* A retry loop written with goto repeats like any loop: drawing again from the same key gives
   the same number, so this retry never ends once it is taken. Split on every round instead. */
#include "randomkeys.h"

double positive(rk_key key) {
    double x;
again:
    x = rk_normal(key); // expect: key-reuse
    if (x <= 0.0) goto again;
    return x;
}

double positive_split(rk_key key) {
    double x;
again:
    {
        rk_key parts[2];
        rk_split(key, parts, 2);
        key = parts[0];
        x = rk_normal(parts[1]);
    }
    if (x <= 0.0) goto again;
    return x;
}

int forward_only(rk_key key) {
    if (rk_uniform(key) < 0.5) goto done;
    return 1;
done:
    return 0;
}
