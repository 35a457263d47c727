/* A key's raw 32 bits divided by UINT32_MAX in unsigned integer arithmetic: 0 almost always. */
#include "randomkeys.h"

double dropout_keep(rk_key key, double keep_probability) {
    double u = rk_bits32(key) / UINT32_MAX; // expect: rand-int-division
    return u < keep_probability ? 1.0 / keep_probability : 0.0;
}
