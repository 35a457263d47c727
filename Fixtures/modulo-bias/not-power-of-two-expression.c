/* Constant expressions that fold to 15 and 192: neither is a power of two. */
#include "randomkeys.h"

typedef struct { int hue; int angle; } style;

style random_style(rk_key key) {
    rk_key sub[2];
    rk_split(key, sub, 2);
    style s;
    s.hue = (int)(rk_bits32(sub[0]) % ((1 << 4) - 1)); // expect: modulo-bias
    s.angle = (int)(rk_bits32(sub[1]) % (3 * 64)); // expect: modulo-bias
    return s;
}
