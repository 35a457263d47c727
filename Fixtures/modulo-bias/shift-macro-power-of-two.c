/* A table size written as 1ull << TABLE_BITS folds to 4096: a power of two, no bias. */
#include "randomkeys.h"

#define TABLE_BITS 12
#define TABLE_SIZE (1ull << TABLE_BITS)

uint64_t random_slot(rk_key key) {
    return rk_bits64(key) % TABLE_SIZE;
}
