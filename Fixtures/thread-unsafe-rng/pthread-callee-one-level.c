/* The start routine calls a helper of this file; the helper draws: reported in the helper. */
#include <pthread.h>
#include <stdlib.h>

static double jitter(double x) {
    return x + drand48() - 0.5; /* expect: hidden-global-rng, thread-unsafe-rng */
}

static void *smooth(void *arg) {
    double *v = arg;
    v[0] = jitter(v[0]);
    return NULL;
}

int start_smoothing(pthread_t *thread, double *values) {
    return pthread_create(thread, NULL, smooth, values);
}
