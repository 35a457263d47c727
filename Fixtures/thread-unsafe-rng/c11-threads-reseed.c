/* C11 threads: each thread reseeds the shared generator before drawing. */
#include <stdlib.h>
#include <threads.h>

static int roll(void *arg) {
    srand((unsigned)(size_t)arg); /* expect: global-seed, mid-program-reseed, thread-unsafe-rng */
    return rand() % 6; /* expect: hidden-global-rng, modulo-bias, thread-unsafe-rng */
}

int start_roll(thrd_t *thread, int id) {
    return thrd_create(thread, roll, (void *)(size_t)id);
}
