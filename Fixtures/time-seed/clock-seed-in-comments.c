/* srand(time(NULL)) used to be here; now only comments, a string and a disabled block mention it. */
#include <stdio.h>
#include <time.h>
#include "randomkeys.h"

#if 0
static void old_seed(void) {
    srand(time(NULL));
}
#endif

int main(void) {
    // rk_key key = rk_key_from_seed(time(NULL));
    puts("seeded with rk_key_from_seed(12345), not time(NULL)");
    rk_key key = rk_key_from_seed(12345);
    return rk_uniform(key) < 0.5;
}
