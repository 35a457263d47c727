/* Every libc seeding call: each one seeds a process-wide generator. Within one family a
   later seeding call in main reseeds what an earlier one seeded. */
#include <stdlib.h>

static char state_buffer[64];

int main(void) {
    unsigned short xsubi[3] = {1, 2, 3};
    unsigned short params[7] = {1, 2, 3, 4, 5, 6, 7};
    srand(1); // expect: global-seed
    srandom(2); // expect: global-seed, mid-program-reseed
    char *old = initstate(3, state_buffer, sizeof state_buffer); // expect: global-seed, mid-program-reseed
    setstate(old); // expect: global-seed, mid-program-reseed
    srand48(4); // expect: global-seed
    seed48(xsubi); // expect: global-seed, mid-program-reseed
    lcong48(params); // expect: global-seed, mid-program-reseed
    long first = random(); // expect: hidden-global-rng
    return (int)(first + lrand48()); // expect: hidden-global-rng
}
