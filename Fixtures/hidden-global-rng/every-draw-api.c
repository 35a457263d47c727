/* A noise source that can use every libc draw API: each call is a draw from a hidden global source. */
#include <stdint.h>
#include <stdlib.h>

double noise_sample(int which, uint32_t limit) {
    unsigned char bytes[8];
    switch (which) {
    case 0: return (double)rand(); // expect: hidden-global-rng
    case 1: return (double)random(); // expect: hidden-global-rng
    case 2: return drand48(); // expect: hidden-global-rng
    case 3: return (double)lrand48(); // expect: hidden-global-rng
    case 4: return (double)mrand48(); // expect: hidden-global-rng
    case 5: return (double)arc4random(); // expect: hidden-global-rng
    case 6: return (double)arc4random_uniform(limit); // expect: hidden-global-rng
    default:
        arc4random_buf(bytes, sizeof bytes); // expect: hidden-global-rng
        return (double)bytes[0];
    }
}
