/* Seeded, drawn from, then seeded again in main: later draws restart the sequence. */
#include <stdlib.h>

int main(void) {
    srand(7); // expect: global-seed
    int first = rand(); // expect: hidden-global-rng
    srand(7); // expect: global-seed, mid-program-reseed
    int second = rand(); // expect: hidden-global-rng
    return first == second;
}
