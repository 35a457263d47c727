/* Each thread owns its state: rand_r is not the global generator. */
#include <pthread.h>
#include <stdlib.h>

struct task { unsigned state; int result; };

static void *work(void *arg) {
    struct task *t = arg;
    t->result = rand_r(&t->state) % 100;
    return NULL;
}

int launch(pthread_t *thread, struct task *t) {
    return pthread_create(thread, NULL, work, t);
}
