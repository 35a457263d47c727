/* Reseeding inside the trial loop: every trial restarts the generator. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int hits = 0;
    for (int trial = 0; trial < 100; trial++) {
        srand(trial); // expect: global-seed, mid-program-reseed
        double x = rand() / (double)RAND_MAX; // expect: hidden-global-rng
        double y = rand() / (double)RAND_MAX; // expect: hidden-global-rng
        if (x * x + y * y <= 1.0) hits++;
    }
    printf("%f\n", 4.0 * hits / 100);
    return 0;
}
