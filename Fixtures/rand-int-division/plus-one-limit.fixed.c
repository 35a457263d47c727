/* Scaling by RAND_MAX + 1 keeps the fraction below 1, but the int sum overflows where
 * RAND_MAX is INT_MAX (glibc). Written as RAND_MAX + 1.0, it is computed in double. */
#include <stdlib.h>

double unit_interval(void) {
    return rand() / (RAND_MAX + 1.0); // expect: hidden-global-rng
}

double bucket_width(int buckets) {
    double span = RAND_MAX + 1.0;
    return span / buckets;
}
