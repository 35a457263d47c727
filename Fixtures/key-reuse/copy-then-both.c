/* A copy of a key is the same key: consuming both repeats the numbers. */
#include "randomkeys.h"

double pair(rk_key key) {
    rk_key other = key;
    double a = rk_uniform(key);
    double b = rk_uniform(other); // expect: key-reuse
    return a - b;
}
