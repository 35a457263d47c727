/* Mentions of srand that are not calls: a comment, strings and a disabled block.
   srand(42) here is only text. */
#include <stdio.h>
#include <stdlib.h>

#if 0
static void old_init(void) {
    srand(1);
    srand48(2);
}
#endif

#ifdef RANDLINT_NEVER_DEFINED
static void other_init(void) { srandom(3); }
#endif

int main(void) {
    puts("call srand(seed) to reseed"); /* srand(7) */
    // srandom(8);
    const char *help = "srand48(9) is not called here";
    return help[0] == 's' ? 0 : 1;
}
