/* Caller-owned generator state (rand_r, erand48, nrand48, jrand48): nothing hidden or global. */
#include <stdlib.h>

typedef struct {
    unsigned int lcg;
    unsigned short xsubi[3];
} worker_rng;

double jittered_delay(worker_rng *rng, double base) {
    double u = (double)rand_r(&rng->lcg) / RAND_MAX;
    double v = erand48(rng->xsubi);
    return base * (0.5 + 0.25 * u + 0.25 * v);
}

long pick_offset(worker_rng *rng) {
    long a = nrand48(rng->xsubi);
    long b = jrand48(rng->xsubi);
    return (a ^ b) & 0xFFFF;
}
