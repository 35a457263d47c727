/* erand48 keeps its state in the caller's array: one per thread, not shared. */
#include <pthread.h>
#include <stdlib.h>

struct walker { unsigned short xsubi[3]; double position; };

static void *walk(void *arg) {
    struct walker *w = arg;
    for (int i = 0; i < 100; i++) w->position += erand48(w->xsubi) - 0.5;
    return NULL;
}

int start_walker(pthread_t *thread, struct walker *w) {
    return pthread_create(thread, NULL, walk, w);
}
