/* After taskwait the encountering thread continues alone: the draw is not in a task. */
#include <stdlib.h>

double after_tasks(double *partial, int n) {
#pragma omp taskwait
    double pick = partial[rand() % n]; /* expect: hidden-global-rng, modulo-bias */
    return pick;
}
