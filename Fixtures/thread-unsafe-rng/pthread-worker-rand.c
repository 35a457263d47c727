/* Monte Carlo workers started with pthread_create all draw from rand(). */
#include <pthread.h>
#include <stdlib.h>

struct slice { long samples; long hits; };

static void *count_hits(void *arg) {
    struct slice *s = arg;
    for (long i = 0; i < s->samples; i++) {
        double x = (double)rand() / RAND_MAX; /* expect: hidden-global-rng, thread-unsafe-rng */
        double y = (double)rand() / RAND_MAX; /* expect: hidden-global-rng, thread-unsafe-rng */
        if (x * x + y * y <= 1.0) s->hits++;
    }
    return NULL;
}

long estimate(int threads, struct slice *slices, pthread_t *ids) {
    for (int t = 0; t < threads; t++) pthread_create(&ids[t], NULL, count_hits, &slices[t]);
    long hits = 0;
    for (int t = 0; t < threads; t++) { pthread_join(ids[t], NULL); hits += slices[t].hits; }
    return hits;
}
