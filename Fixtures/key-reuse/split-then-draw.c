/* Drawing from a key after splitting it repeats what one of the new keys will produce. */
#include <stdint.h>
#include "randomkeys.h"

uint32_t roll(rk_key key) {
    rk_key sub[2];
    rk_split(key, sub, 2);
    uint32_t a = rk_bits32(sub[0]);
    uint32_t b = rk_bits32(key); // expect: key-reuse
    return a ^ b;
}
