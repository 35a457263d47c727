#include "dice.h"
#include "randomkeys.h"

int roll(void) {
    rk_key key = rk_key_from_seed(7);  /* key-created-inside: a warning */
    return (int)(rk_bits32(key) % 6u);
}
