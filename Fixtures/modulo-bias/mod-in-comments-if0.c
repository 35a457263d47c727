/* rand() % 6 only in comments, a string and a disabled block; the live code uses rk_bounded. */
#include <stdio.h>
#include "randomkeys.h"

#if 0
static int old_roll(void) { return rand() % 6 + 1; }
#endif

int roll(rk_key key) {
    // return rand() % 6 + 1;  (biased)
    return (int)rk_bounded(key, 6) + 1;
}

void print_help(void) {
    puts("rk_bits32(k) % 6 is biased; use rk_bounded(k, 6)");
}
