/* The seed comes from the command line: reproducible, but still a process-wide generator. */
#include <stdlib.h>

int main(int argc, char **argv) {
    unsigned seed = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 1u;
    srandom(seed); // expect: global-seed
    long total = 0;
    for (int i = 0; i < 10; i++) total += random() % 100; // expect: hidden-global-rng, modulo-bias
    return (int)(total % 2);
}
