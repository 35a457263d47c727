/* The loop index is used after the loop has ended: one seed, not one per iteration. */
#include <stdlib.h>

int main(void) {
    const char *names[] = {"a", "b", "c", NULL};
    int i;
    for (i = 0; names[i] != NULL; i++) {
    }
    srand(1000u + (unsigned)i); /* expect: global-seed */
    return rand() % 2; /* expect: hidden-global-rng */
}
