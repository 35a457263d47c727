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

#define TWICE(x) do { x; x; } while (0)
#define SAFE_RESEED(s) do { if (s) srand(s); } while (0)

void idioms(unsigned s) {
    TWICE(srand(5));
    SAFE_RESEED(s);
    do {
        if (s > 3) break;
        srand(6);
    } while (0);
}
