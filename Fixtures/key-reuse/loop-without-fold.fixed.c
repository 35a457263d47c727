/* Particles initialized from one key: every particle gets the same position. Nested loops
 * need both counters folded in. */
#include <stddef.h>
#include "randomkeys.h"

void init_particles(rk_key key, double *x, size_t n) {
    for (size_t i = 0; i < n; i++) {
        x[i] = rk_normal(rk_fold_in(key, i));
    }
}

void init_grid(rk_key key, double grid[8][8]) {
    for (int row = 0; row < 8; row++) {
        for (int col = 0; col < 8; col++) {
            grid[row][col] = rk_uniform(rk_fold_in(rk_fold_in(key, row), col));
        }
    }
}

void init_velocities(rk_key key, double *vx, double *vy, int n) {
    for (int p = 0; p < n; p++) {
        rk_key key_sub[2];
        rk_split(rk_fold_in(key, p), key_sub, 2);
        vx[p] = rk_normal(key_sub[0]);
        vy[p] = rk_normal(key_sub[1]);
    }
}
