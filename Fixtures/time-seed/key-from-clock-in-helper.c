/* A helper conjures its key from clock(): a key built inside, and seeded from the clock. */
#include <time.h>
#include "randomkeys.h"

double sensor_noise(double sigma) {
    rk_key key = rk_key_from_seed((int64_t)clock()); // expect: key-created-inside, time-seed
    return sigma * rk_normal(key);
}
