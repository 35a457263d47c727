/* The process id changes from run to run, like the clock. */
#include <unistd.h>
#include "randomkeys.h"

uint32_t worker_salt(void) {
    rk_key key = rk_key_from_seed(getpid()); // expect: key-created-inside, time-seed
    return rk_bits32(key); // expect: insecure-rng-for-secret
}
