/* Spawns: pthread start routines (direct, through a pointer and ?:), one-level callees, OpenMP regions. */
#include <pthread.h>
#include <stdlib.h>

static int helper(void) { return rand(); }
static void *worker(void *arg) {
    *(int *)arg = helper();
    return NULL;
}
static void *other(void *arg) { srand48(1); return arg; }

void fill(double *out, int n) {
#pragma omp parallel for
    for (int i = 0; i < n; i++) {
        out[i] = drand48();
    }
#pragma omp parallel
    {
        out[0] += rand();
    }
    // #pragma omp parallel
    out[1] = rand();
}

int main(void) {
    pthread_t t;
    int v = 0;
    void *(*fn)(void *) = v ? worker : other;
    pthread_create(&t, NULL, fn, &v);
    return pthread_join(t, NULL);
}
