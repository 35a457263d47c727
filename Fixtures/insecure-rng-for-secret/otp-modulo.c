/* A six-digit one-time code from lrand48(). */
#include <stdlib.h>

int make_otp(void) {
    long otp = lrand48() % 1000000; /* expect: hidden-global-rng, modulo-bias, insecure-rng-for-secret */
    return (int)otp;
}
