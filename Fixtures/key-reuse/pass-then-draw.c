/* Passing a key to a function consumes it: drawing from it afterwards reuses it. */
#include "randomkeys.h"

double sample_noise(rk_key key);

double step(rk_key key) {
    double noise = sample_noise(key);
    return noise + rk_uniform(key); // expect: key-reuse
}
