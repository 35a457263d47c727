/* An OpenMP loop whose iterations run on several threads draws from drand48(). */
#include <stdlib.h>

void perturb(double *x, int n, double scale) {
    int i;
#pragma omp parallel for schedule(static)
    for (i = 0; i < n; i++) {
        x[i] += scale * (drand48() - 0.5); /* expect: hidden-global-rng, thread-unsafe-rng */
    }
}
