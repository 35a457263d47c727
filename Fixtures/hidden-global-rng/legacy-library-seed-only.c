/* main seeds the C generator for a linked legacy library but draws nothing itself: a seed is not a draw. */
#include <stdlib.h>

int run_legacy_suite(int verbose);

int main(int argc, char **argv) {
    unsigned seed = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 1234u;
    srand(seed); // expect: global-seed
    srand48((long)seed); // expect: global-seed
    return run_legacy_suite(argc > 2);
}
