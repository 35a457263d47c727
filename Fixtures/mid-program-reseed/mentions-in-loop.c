/* Reseeding that was commented out or compiled away, and a user's reseed of its own struct. */
#include <stdlib.h>

struct lcg { unsigned seed; unsigned state; };

static void reseed(struct lcg *g, unsigned seed) {
    g->seed = seed;
    g->state = seed;
}

int main(void) {
    struct lcg g = {0, 0};
    for (int i = 0; i < 10; i++) {
        // srand(i);
#if 0
        srand(i);
#endif
        reseed(&g, (unsigned)i);
        g.seed += 1;
    }
    return (int)g.state;
}
