/* Caller-owned generator state (rand_r, erand48) reseeded per trial: no global generator. */
#include <stdlib.h>

int main(void) {
    double sum = 0;
    for (int trial = 0; trial < 10; trial++) {
        unsigned state = (unsigned)trial;
        unsigned short xsubi[3] = {(unsigned short)trial, 1, 2};
        sum += rand_r(&state) % 10;
        sum += erand48(xsubi);
    }
    return sum > 50;
}
