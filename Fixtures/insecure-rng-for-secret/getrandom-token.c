/* The recommended fix: the token comes from the OS; rand() only jitters a retry delay. */
#include <stdlib.h>
#include <sys/random.h>
#include <unistd.h>

int new_token(unsigned char token[16]) {
    if (getrandom(token, 16, 0) != 16) return -1;
    usleep((useconds_t)(rand() % 1000)); /* expect: hidden-global-rng, modulo-bias */
    return 0;
}
