/* Speed and angle from one key: they are the same uniform, so fast particles always head
 * the same way. */
#include "randomkeys.h"

void launch(rk_key key, double *speed, double *angle) {
    rk_key key_sub[2];
    rk_split(key, key_sub, 2);
    *speed = 1.0 + rk_uniform(key_sub[0]);
    *angle = 6.283185307179586 * rk_uniform(key_sub[1]);
}
