/* The cast to float comes after the division, so the integer quotient (0) is what gets cast. */
#include <stdlib.h>

float pitch_variation(void) {
    float jitter = (float)(rand() / RAND_MAX); // expect: hidden-global-rng, rand-int-division
    return 1.0f + 0.1f * (jitter - 0.5f);
}
