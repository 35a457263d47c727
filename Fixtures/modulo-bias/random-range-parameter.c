/* random_between(lo, hi): the span is a parameter, so `% span` is not a power of two. */
#include <stdlib.h>

int random_between(int lo, int hi) {
    return lo + (int)(random() % (hi - lo + 1)); // expect: hidden-global-rng, modulo-bias
}

int spawn_height(int floor_level) {
    return random_between(floor_level, floor_level + 40);
}
