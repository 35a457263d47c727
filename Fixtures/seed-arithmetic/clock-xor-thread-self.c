/* The classic per-thread seed: the clock xor the thread's id. */
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

static void *worker(void *arg) {
    srand((unsigned)time(NULL) ^ (unsigned)pthread_self()); /* expect: global-seed, mid-program-reseed, time-seed, seed-arithmetic, thread-unsafe-rng */
    *(int *)arg = rand(); /* expect: hidden-global-rng, thread-unsafe-rng */
    return NULL;
}

int start(pthread_t *thread, int *out) {
    return pthread_create(thread, NULL, worker, out);
}
