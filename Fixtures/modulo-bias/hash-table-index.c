/* A string hash reduced % nbuckets: not a draw, so not this rule (the seed is a parameter). */
#include <stddef.h>
#include <stdint.h>

size_t bucket_of(const char *name, uint64_t seed, size_t nbuckets) {
    uint64_t h = 0xCBF29CE484222325ull ^ seed;
    for (const char *p = name; *p; p++) {
        h = (h ^ (uint8_t)*p) * 0x100000001B3ull;
    }
    return (size_t)(h % nbuckets);
}
