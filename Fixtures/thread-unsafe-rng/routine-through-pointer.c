/* The start routine is chosen with ?: and passed through a function pointer. */
#include <pthread.h>
#include <stdlib.h>

static void *noisy(void *arg) {
    *(long *)arg = random(); /* expect: hidden-global-rng, thread-unsafe-rng */
    return NULL;
}

static void *quiet(void *arg) {
    *(long *)arg = 0;
    return NULL;
}

int start(pthread_t *thread, long *out, int loud) {
    void *(*routine)(void *) = loud ? noisy : quiet;
    return pthread_create(thread, NULL, routine, out);
}
