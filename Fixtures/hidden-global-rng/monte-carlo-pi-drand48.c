/* Monte Carlo estimate of pi with drand48(): both coordinates come from the shared 48-bit state. */
#include <stdio.h>
#include <stdlib.h>

static double estimate_pi(long samples) {
    long inside = 0;
    for (long i = 0; i < samples; i++) {
        double x = drand48(); // expect: hidden-global-rng
        double y = drand48(); // expect: hidden-global-rng
        if (x * x + y * y <= 1.0) {
            inside++;
        }
    }
    return 4.0 * (double)inside / (double)samples;
}

int main(void) {
    printf("%f\n", estimate_pi(1000000));
    return 0;
}
