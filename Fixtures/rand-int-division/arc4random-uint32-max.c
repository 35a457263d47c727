/* arc4random() / UINT32_MAX is an unsigned integer division: 0 except when the draw is UINT32_MAX. */
#include <stdint.h>
#include <stdlib.h>

double jitter_seconds(double max_jitter) {
    double u = arc4random() / UINT32_MAX; // expect: hidden-global-rng, rand-int-division
    return u * max_jitter;
}
