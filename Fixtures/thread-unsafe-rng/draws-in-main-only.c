/* main draws before it starts a thread that does not draw: no thread shares the generator. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *report(void *arg) {
    printf("%d\n", *(int *)arg);
    return NULL;
}

int main(void) {
    srand(7u); /* expect: global-seed */
    int value = rand(); /* expect: hidden-global-rng */
    pthread_t thread;
    pthread_create(&thread, NULL, report, &value);
    pthread_join(thread, NULL);
    return 0;
}
