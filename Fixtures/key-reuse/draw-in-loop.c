/* A key bound outside the loop drawn inside it: every iteration gets the same number. */
#include "randomkeys.h"

double random_walk(rk_key key, int steps) {
    double x = 0;
    for (int i = 0; i < steps; i++) {
        x += rk_normal(key); // expect: key-reuse
    }
    return x;
}
