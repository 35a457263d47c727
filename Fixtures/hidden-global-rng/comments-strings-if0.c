/* Draw calls that are only text: comments, strings and a disabled block. rand() here is prose. */
#include <stdio.h>
#include <stdlib.h>

#if 0
static int old_roll(void) {
    return rand() % 6 + 1;
}
static double old_uniform(void) { return drand48(); }
#endif

int main(void) {
    /* lrand48() and arc4random() were removed in 2.0 */
    // double u = drand48();
    puts("use rk_uniform(key) instead of drand48()");
    const char *hint = "random() draws from hidden global state";
    return hint[0] == 'r' ? 0 : 1;
}
