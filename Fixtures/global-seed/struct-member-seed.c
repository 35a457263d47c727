/* A struct field named seed and a function-pointer member named srand are the program's own. */
#include <stdint.h>

struct generator {
    uint32_t seed;
    uint32_t state;
    void (*srand)(struct generator *, uint32_t);
};

static void lcg_seed(struct generator *g, uint32_t value) {
    g->seed = value;
    g->state = value;
}

static uint32_t lcg_next(struct generator *g) {
    g->state = g->state * 1664525u + 1013904223u;
    return g->state;
}

int main(void) {
    struct generator g = {.seed = 42, .srand = lcg_seed};
    g.srand(&g, g.seed);
    g.seed = 7;
    return (int)(lcg_next(&g) & 1);
}
