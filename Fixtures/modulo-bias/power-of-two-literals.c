/* Reductions by constant powers of two (256, 1 << 4, 0x10000) are unbiased: only the draws are reported. */
#include <stdint.h>
#include <stdlib.h>

typedef struct { uint8_t r, g, b; int tile; uint16_t id; } sprite;

void randomize_sprite(sprite *s) {
    s->r = (uint8_t)(rand() % 256); // expect: hidden-global-rng
    s->g = (uint8_t)(rand() % 256); // expect: hidden-global-rng
    s->b = (uint8_t)(random() % 256); // expect: hidden-global-rng
    s->tile = (int)(random() % (1 << 4)); // expect: hidden-global-rng
    s->id = (uint16_t)(arc4random() % 0x10000); // expect: hidden-global-rng
}
