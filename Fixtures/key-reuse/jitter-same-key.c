/* Speed and angle from one key: they are the same uniform, so fast particles always head
 * the same way. */
#include "randomkeys.h"

void launch(rk_key key, double *speed, double *angle) {
    *speed = 1.0 + rk_uniform(key);
    *angle = 6.283185307179586 * rk_uniform(key); // expect: key-reuse
}
