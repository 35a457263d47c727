/* The draw is cast before or after the %: still a biased reduction of raw bits. */
#include <stdlib.h>

unsigned pick_column(unsigned columns) {
    return (unsigned)rand() % columns; // expect: hidden-global-rng, modulo-bias
}

int pick_row(int rows) {
    return (int)(rand() % rows); // expect: hidden-global-rng, modulo-bias
}
