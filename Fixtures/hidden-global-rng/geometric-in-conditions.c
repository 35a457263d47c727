/* Draws inside loop and branch conditions: a geometric trial count and a skip-list level. */
#include <stdlib.h>

int trials_until_success(double p) {
    int n = 1;
    while (drand48() >= p) { // expect: hidden-global-rng
        n++;
    }
    return n;
}

int skiplist_level(int max_level) {
    int level = 1;
    while (level < max_level && (random() & 1)) { // expect: hidden-global-rng
        level++;
    }
    return level;
}
