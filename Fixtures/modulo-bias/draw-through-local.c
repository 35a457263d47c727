/* The draw is stored in a local first; the biased % is on a later line. */
#include <stdlib.h>

int random_index(int n) {
    int r = rand(); // expect: hidden-global-rng
    int index = r % n; // expect: modulo-bias
    return index;
}
