/* A particle system whose initial velocities use the classic (double)rand() / RAND_MAX scaling. */
#include <stdlib.h>

typedef struct {
    double vx, vy;
} velocity;

void init_velocities(velocity *v, int count, double max_speed) {
    for (int i = 0; i < count; i++) {
        double ux = (double)rand() / RAND_MAX; // expect: hidden-global-rng
        double uy = (double)rand() / RAND_MAX; // expect: hidden-global-rng
        v[i].vx = (2.0 * ux - 1.0) * max_speed;
        v[i].vy = (2.0 * uy - 1.0) * max_speed;
    }
}
