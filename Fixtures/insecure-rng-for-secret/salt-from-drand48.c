/* A password salt computed from drand48() through a local. */
#include <stdint.h>
#include <stdlib.h>

struct credentials { uint32_t salt; char hash[65]; };

void init_credentials(struct credentials *c) {
    double r = drand48(); /* expect: hidden-global-rng, insecure-rng-for-secret */
    uint32_t bits = (uint32_t)(r * 4294967295.0);
    c->salt = bits;
}
