#ifndef PARTICLES_H
#define PARTICLES_H

#include <stddef.h>
#include "randomkeys.h"

typedef struct {
    double x, y;
    double vx, vy;
    int species;
} particle;

void init_particles(particle *p, size_t n, rk_key key);
void thermalize(particle *p, size_t n, int64_t seed, int workers);
size_t pick_collision(size_t n);
int keep_sample(double acceptance);
unsigned cell_of(rk_key key, unsigned cells);

#endif
