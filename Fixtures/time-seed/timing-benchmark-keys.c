/* A benchmark times key-based sampling with clock_gettime; the key itself is fixed. */
#include <stdio.h>
#include <time.h>
#include "randomkeys.h"

static double seconds_since(const struct timespec *start) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + 1e-9 * (double)(now.tv_nsec - start->tv_nsec);
}

int main(void) {
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    rk_key key = rk_key_from_seed(0x5EED);
    double sum = 0;
    for (uint32_t i = 0; i < 1000000; i++) sum += rk_uniform(rk_fold_in(key, i));
    printf("mean %f in %.3fs\n", sum / 1e6, seconds_since(&start));
    return 0;
}
