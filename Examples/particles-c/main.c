#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "particles.h"

int main(void) {
    /* "Random enough": a different run every second, never the same run twice. */
    srand((unsigned)time(NULL));
    particle gas[64];
    rk_key key = rk_key_from_seed(2024);
    rk_key parts[2];
    rk_split(key, parts, 2);
    init_particles(gas, 64, parts[0]);
    thermalize(gas, 64, 7, 4);
    size_t a = pick_collision(64);
    printf("first collision: %zu, kept: %d, cell: %u\n", a, keep_sample(0.5), cell_of(parts[1], 10));
    return 0;
}
