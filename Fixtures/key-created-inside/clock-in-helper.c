/* A key seeded from the clock inside a helper cannot be reproduced. */
#include <time.h>
#include "randomkeys.h"

double shuffle_seed_value(void) {
    rk_key key = rk_key_from_seed((int64_t)time(NULL)); // expect: key-created-inside, time-seed
    return rk_uniform(key);
}
