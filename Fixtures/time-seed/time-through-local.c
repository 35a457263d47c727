/* The clock is read into a local first; the seed is still the wall-clock second. */
#include <stdlib.h>
#include <time.h>

int main(void) {
    time_t started = time(NULL);
    unsigned seed = (unsigned)started;
    srand(seed); // expect: global-seed, time-seed
    double u = (double)rand() / RAND_MAX; // expect: hidden-global-rng
    return u < 0.5;
}
