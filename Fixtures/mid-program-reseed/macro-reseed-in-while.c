/* A reseed hidden in a macro, used inside a loop: reported at the macro's use. */
#include <stdlib.h>

#define RESEED(s) srandom((unsigned)(s))

int main(int argc, char **argv) {
    int rounds = argc;
    long total = 0;
    while (rounds-- > 0) {
        RESEED(rounds); // expect: global-seed, mid-program-reseed
        total += random() % 10; // expect: hidden-global-rng, modulo-bias
    }
    return (int)(total & 1);
}
