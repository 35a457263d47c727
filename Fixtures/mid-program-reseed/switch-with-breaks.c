/* Each case ends in break: the seeding calls are on different paths. */
#include <stdlib.h>

int main(int argc, char **argv) {
    (void)argv;
    switch (argc) {
    case 1:
        srandom(10); // expect: global-seed
        break;
    case 2:
        srandom(20); // expect: global-seed
        break;
    default:
        return 1;
    }
    return (int)(random() % 2); // expect: hidden-global-rng
}
