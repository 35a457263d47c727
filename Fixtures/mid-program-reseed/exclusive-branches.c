/* if/else arms and ?: arms are exclusive: only one of the seeding calls runs. */
#include <stdlib.h>

int main(int argc, char **argv) {
    (void)argv;
    if (argc > 2) {
        srand(1); // expect: global-seed
    } else {
        srand(2); // expect: global-seed
    }
    argc > 1 ? srand48(3) : srand48(4); // expect: global-seed, global-seed
    int first = rand(); // expect: hidden-global-rng
    return first + (int)lrand48(); // expect: hidden-global-rng
}
