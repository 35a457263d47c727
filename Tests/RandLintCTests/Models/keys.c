#include <stdint.h>
#include <time.h>
#include <unistd.h>
#include "randomkeys.h"

typedef struct { rk_key key; int steps; } sim_t;

void consume(rk_key k);
void refresh(rk_key *k);
rk_key next_key(void);

double keys(rk_key key, int n, const rk_key fixed, sim_t *sim) {
    rk_key sub[2];
    rk_split(key, sub, 2);
    key = sub[0];
    double u = rk_uniform(sub[1]);
    rk_key many[8];
    rk_split(key, many, n);
    for (int i = 1; i < n; i++) u += rk_normal(many[i]);
    u += rk_uniform(many[0]);
    rk_key w = rk_fold_in(fixed, 7);
    rk_key copy = w;
    copy = w;
    consume(copy);
    refresh(&w);
    rk_key fresh = next_key();
    uint32_t b = rk_bits32(fresh);
    rk_key pick = n > 2 ? w : fresh;
    if (n && rk_uniform(pick) > 0.5) u += 1;
    u += rk_uniform(sim->key);
    rk_key out[4];
    rk_split(sim->key, &out[0], 4);
    return u + b;
}

void makes(int seed) {
    rk_key a = rk_key_from_seed(42);
    rk_key b = rk_key_from_seed((uint64_t)time(NULL) ^ getpid());
    rk_key c = rk_key_from_seed(seed);
    rk_key d;
    d = rk_key_from_seed(1u << 4);
    rk_uniform(rk_key_from_seed(3));
}
