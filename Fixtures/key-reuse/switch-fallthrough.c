/* C case fall-through adds up: mode 0 draws from the key twice. */
#include "randomkeys.h"

double sample(rk_key key, int mode) {
    double x = 0;
    switch (mode) {
    case 0:
        x = rk_uniform(key);
        /* falls through */
    case 1:
        x += rk_normal(key); // expect: key-reuse
        break;
    default:
        break;
    }
    return x;
}
