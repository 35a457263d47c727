/* particles: initial conditions and Monte Carlo moves for a small gas simulation. Written
 * with common randomness mistakes on purpose; README.md lists what randlint finds. */
#include <stdint.h>
#include <stdlib.h>
#include "particles.h"

void init_particles(particle *p, size_t n, rk_key key) {
    for (size_t i = 0; i < n; i++) {
        /* One key for every particle: all start at the same point. */
        p[i].x = rk_uniform(key);
        p[i].y = 0.5;
        p[i].vx = 0.0;
        p[i].vy = 0.0;
        p[i].species = 0;
    }
}

void thermalize(particle *p, size_t n, int64_t seed, int workers) {
    for (int worker = 0; worker < workers; worker++) {
        /* Neighbouring seeds per worker: worker 1 here is worker 0 of a run seeded seed + 1. */
        rk_key wk = rk_key_from_seed(seed + worker);
        for (size_t i = (size_t)worker; i < n; i += (size_t)workers) {
            p[i].vx = rk_normal(rk_fold_in(wk, (uint32_t)i));
        }
    }
}

size_t pick_collision(size_t n) {
    /* The process-wide generator, and % n favours the low indices. */
    return (size_t)rand() % n;
}

int keep_sample(double acceptance) {
    /* Integer division: 0 for every draw but RAND_MAX, so nothing is ever kept. */
    return rand() / RAND_MAX < acceptance;
}

unsigned cell_of(rk_key key, unsigned cells) {
    return rk_bits32(key) % cells;
}

double histogram_width(int bins) {
    /* RAND_MAX + 1 overflows int where RAND_MAX is INT_MAX. */
    double range = RAND_MAX + 1;
    return range / bins;
}
