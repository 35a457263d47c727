/* rand() < RAND_MAX / 4 compares against a constant quarter: the division is of RAND_MAX, not of a draw. */
#include <stdlib.h>

int should_spawn_powerup(void) {
    return rand() < RAND_MAX / 4; // expect: hidden-global-rng
}
