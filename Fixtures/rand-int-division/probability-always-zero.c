/* A mutation probability computed as rand() / RAND_MAX: integer division, so it is 0 almost always. */
#include <stdlib.h>

void mutate(double *genes, int n, double rate) {
    for (int i = 0; i < n; i++) {
        double p = rand() / RAND_MAX; // expect: hidden-global-rng, rand-int-division
        if (p < rate) {
            genes[i] = -genes[i];
        }
    }
}
