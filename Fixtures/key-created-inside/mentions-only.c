/* rk_key_from_seed(42) in a comment, a string and a disabled block is not a key construction. */
#include <stdio.h>
#include "randomkeys.h"

#if 0
static rk_key old_default(void) {
    return rk_key_from_seed(1);
}
#endif

void usage(void) {
    puts("seed with rk_key_from_seed(42) in main and pass the key down");
}
