/* A pluggable source whose function-pointer members are named random and rand: member calls, not libc. */
#include <stdint.h>

typedef struct source {
    uint32_t (*random)(struct source *self);
    double (*rand)(struct source *self);
    uint64_t state;
} source;

int pick_card(source *src, int deck_size) {
    double u = src->rand(src);
    return (int)(u * deck_size);
}

uint32_t hash_multiplier(source *src) {
    return src->random(src) | 1u;
}
