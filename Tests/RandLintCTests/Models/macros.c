#include <stdlib.h>
#include <time.h>
#include "macros.h"

#define RESEED() srand(42)
#define OUTER() RESEED()
#define SEED_VALUE 1234
#define CALL(x) x
#define SEED_NOW srand((unsigned)time(NULL))

void reseeds(void) {
    RESEED();
    OUTER();
    HEADER_RESEED();
    CALL(srand(7));
    SEED_NOW;
    srand(SEED_VALUE);
    srand(SEED_VALUE * 2 + 1);
}
