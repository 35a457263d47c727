/* rand() / RAND_MAX only in comments, a string and a disabled block; live code uses rk_uniform. */
#include <stdio.h>
#include "randomkeys.h"

#if 0
static double old_uniform(void) { return rand() / RAND_MAX; }
#endif

double uniform(rk_key key) {
    /* was: return rand() / RAND_MAX; (always 0) */
    return rk_uniform(key);
}

void warn(void) {
    puts("rand() / RAND_MAX is integer division; use rk_uniform(key)");
}
