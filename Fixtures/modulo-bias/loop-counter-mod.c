/* The % applies to a loop counter (every seventh step); the draws use rk_bounded. */
#include "randomkeys.h"

void place_obstacles(rk_key key, int *lanes, int steps, int lane_count) {
    for (int i = 0; i < steps; i++) {
        if (i % 7 == 0) {
            lanes[i] = (int)rk_bounded(rk_fold_in(key, (uint32_t)i), (uint64_t)lane_count);
        } else {
            lanes[i] = lanes[i > 0 ? i - 1 : 0];
        }
    }
}
