/* A helper that builds its own key from a constant: every call gets the same numbers. */
#include "randomkeys.h"

double noise(void) {
    rk_key key = rk_key_from_seed(42); // expect: key-created-inside
    return rk_normal(key);
}
