/* A vendored copy of the library: it defines the catalog's APIs, so it is not modeled and
   calls into it count as the catalog's. */
#include <stdint.h>
typedef struct { uint32_t words[2]; } rk_key;
static inline rk_key rk_key_from_seed(uint64_t seed) { rk_key k = {{(uint32_t)(seed >> 32), (uint32_t)seed}}; return k; }
static inline uint32_t rk__mix(rk_key k, uint32_t x) { return k.words[0] ^ (k.words[1] * x); }
static inline void rk_split(rk_key key, rk_key *out, int n) {
    for (int i = 0; i < n; i++) { out[i].words[0] = rk__mix(key, i); out[i].words[1] = rk__mix(key, ~i); }
}
static inline double rk_uniform(rk_key key) { return rk__mix(key, 1) / 4294967296.0; }
