/* A function named for a nonce returns RandomKeys bits: a simulation generator, not a secret source. */
#include "randomkeys.h"

uint64_t next_nonce(rk_key key) {
    return rk_bits64(key); /* expect: insecure-rng-for-secret */
}
