/* An OpenMP directive continued over two lines still starts a parallel loop. */
#include <stdlib.h>

void fill(double *x, int n) {
    #pragma omp parallel for \
        schedule(dynamic) num_threads(4)
    for (int i = 0; i < n; i++) {
        x[i] = drand48(); /* expect: hidden-global-rng, thread-unsafe-rng */
    }
}
