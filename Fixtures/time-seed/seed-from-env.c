/* The seed comes from an environment variable, with a fixed fallback: no clock involved. */
#include <stdlib.h>

int main(void) {
    const char *text = getenv("SIM_SEED");
    unsigned long seed = text ? strtoul(text, NULL, 10) : 1UL;
    srandom((unsigned)seed); // expect: global-seed
    long pick = random() & 0xFF; // expect: hidden-global-rng
    return (int)pick;
}
