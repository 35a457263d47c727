/* An MPI-style rank mixed into the seed through a local. */
#include <stdlib.h>

void init_rank_stream(unsigned base, int rank) {
    unsigned s = base * 1000u + (unsigned)rank;
    srandom(s); /* expect: global-seed, mid-program-reseed, seed-arithmetic */
}
