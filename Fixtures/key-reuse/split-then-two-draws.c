/* The key is split once, and each half is drawn once. Not a finding. */
#include "randomkeys.h"

void launch(rk_key key, double *speed, double *angle) {
    rk_key halves[2];
    rk_split(key, halves, 2);
    *speed = 1.0 + rk_uniform(halves[0]);
    *angle = 6.283185307179586 * rk_uniform(halves[1]);
}
