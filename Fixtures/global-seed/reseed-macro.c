/* The seeding call hides in a macro: the finding is at the macro's use. */
#include <stdlib.h>

#define SEED_RNG() srand(2024)

int main(void) {
    SEED_RNG(); // expect: global-seed
    return rand() & 1; // expect: hidden-global-rng
}
