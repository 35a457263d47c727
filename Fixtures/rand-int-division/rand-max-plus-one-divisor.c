/* rand() / (RAND_MAX + 1): RAND_MAX + 1 overflows int and the division is integer; one finding for the line. */
#include <stdlib.h>

int pick_slot(int slots) {
    int scaled = rand() / (RAND_MAX + 1) * slots; // expect: hidden-global-rng, rand-int-division
    return scaled;
}
