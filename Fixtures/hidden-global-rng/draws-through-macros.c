/* Draws hidden behind macros: each finding is reported where the macro is used. */
#include <stdlib.h>

#define COIN_FLIP() (lrand48() & 1)
#define UNIFORM01() drand48()

typedef struct { double x, y; int spin; } particle;

void init_particle(particle *p) {
    p->x = UNIFORM01(); // expect: hidden-global-rng
    p->y = UNIFORM01(); // expect: hidden-global-rng
    p->spin = COIN_FLIP() ? 1 : -1; // expect: hidden-global-rng
}
