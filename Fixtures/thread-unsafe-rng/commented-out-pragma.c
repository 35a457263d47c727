/* The OpenMP pragma is commented out: the loop runs on one thread. */
#include <stdlib.h>

void shuffle(int *a, int n) {
    /* #pragma omp parallel for */
    // #pragma omp parallel for
    for (int i = n - 1; i > 0; i--) {
        int j = rand() % (i + 1); /* expect: hidden-global-rng, modulo-bias */
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
