/* The project's own xorshift32 is not a catalog draw: next_u32(&s) % 6 is not reported. */
#include <stdint.h>

static uint32_t next_u32(uint32_t *state) {
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

int roll(uint32_t *state) {
    return (int)(next_u32(state) % 6) + 1;
}
