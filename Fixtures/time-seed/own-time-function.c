/* The simulation's own time() returns the simulated tick, defined in this file: not the wall clock. */
#include <stdlib.h>

static unsigned long sim_ticks = 0;

static unsigned long time(void) {
    return sim_ticks;
}

int main(void) {
    sim_ticks = 3600;
    srand((unsigned)time()); // expect: global-seed
    return rand() & 7; // expect: hidden-global-rng
}
