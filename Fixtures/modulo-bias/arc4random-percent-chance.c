/* A critical-hit check with arc4random() % 100: 2^32 is not a multiple of 100. */
#include <stdbool.h>
#include <stdlib.h>

bool is_critical_hit(unsigned chance_percent) {
    return arc4random() % 100 < chance_percent; // expect: hidden-global-rng, modulo-bias
}
