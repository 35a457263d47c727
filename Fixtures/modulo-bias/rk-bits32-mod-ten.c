/* Explicit keys, but raw bits reduced with % 10: the digits 0..5 come up slightly more often. */
#include "randomkeys.h"

int random_digit(rk_key key) {
    return (int)(rk_bits32(key) % 10); // expect: modulo-bias
}
