/* A thread's job carries a base seed and the worker's id; the worker seeds drand48 with their sum. */
#include <pthread.h>
#include <stdlib.h>

struct job { long seed; int worker_id; double result; };

void *run_job(void *arg) {
    struct job *job = arg;
    srand48(job->seed + job->worker_id); /* expect: global-seed, mid-program-reseed, seed-arithmetic */
    job->result = drand48(); /* expect: hidden-global-rng */
    return NULL;
}
