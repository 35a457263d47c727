/* C case fall-through: mode 0 seeds twice on one path. */
#include <stdlib.h>

int main(int argc, char **argv) {
    (void)argv;
    switch (argc) {
    case 0:
        srand48(1); // expect: global-seed
        /* falls through */
    case 1:
        srand48(2); // expect: global-seed, mid-program-reseed
        break;
    default:
        break;
    }
    return (int)(lrand48() & 1); // expect: hidden-global-rng
}
