/* The second seeding call is only reached when the first was skipped by an early return. */
#include <stdlib.h>

int main(int argc, char **argv) {
    (void)argv;
    if (argc > 1) {
        srand(1); // expect: global-seed
        return rand() % 2; // expect: hidden-global-rng
    }
    srand(2); // expect: global-seed
    return rand() % 2; // expect: hidden-global-rng
}
