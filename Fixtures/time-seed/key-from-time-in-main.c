/* main builds its root key from the clock: keys belong in main, but this seed cannot be replayed. */
#include <stdio.h>
#include <time.h>
#include "randomkeys.h"

static double simulate(rk_key key, int steps) {
    double x = 0;
    for (int i = 0; i < steps; i++) {
        x += rk_normal(rk_fold_in(key, (uint32_t)i));
    }
    return x;
}

int main(void) {
    rk_key key = rk_key_from_seed((int64_t)time(NULL)); // expect: time-seed
    printf("%f\n", simulate(key, 100));
    return 0;
}
