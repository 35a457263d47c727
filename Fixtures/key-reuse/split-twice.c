/* Splitting the same key twice yields the same keys twice. */
#include "randomkeys.h"

void two_batches(rk_key key, rk_key first[2], rk_key second[2]) {
    rk_split(key, first, 2);
    rk_split(key, second, 2); // expect: key-reuse
}
