/* initstate with a bigger state buffer, seeded from the clock: a better generator, the same irreproducibility. */
#include <stdlib.h>
#include <time.h>

static char big_state[256];

int main(void) {
    initstate((unsigned)time(NULL), big_state, sizeof big_state); // expect: global-seed, time-seed
    long first = random(); // expect: hidden-global-rng
    return (int)(first & 0x7F);
}
