/* Reservoir-style bucket choice with lrand48() % nbuckets for a caller-given bucket count. */
#include <stddef.h>
#include <stdlib.h>

size_t pick_bucket(size_t nbuckets) {
    return (size_t)(lrand48() % (long)nbuckets); // expect: hidden-global-rng, modulo-bias
}
