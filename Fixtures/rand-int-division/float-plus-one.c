/* rand() / (RAND_MAX + 1.0): the 1.0 makes both the sum and the division floating point. */
#include <stdlib.h>

int pick_index(int n) {
    double u = rand() / (RAND_MAX + 1.0); // expect: hidden-global-rng
    return (int)(u * n);
}
