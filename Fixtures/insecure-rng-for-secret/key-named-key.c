/* A RandomKeys key named `key` and a hash-table key are not secrets. */
#include "randomkeys.h"

struct entry { uint32_t key; double weight; };

void init_entry(struct entry *e, rk_key key) {
    rk_key sub[2];
    rk_split(key, sub, 2);
    e->key = rk_bits32(sub[0]);
    e->weight = rk_uniform(sub[1]);
}
