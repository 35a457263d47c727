/* Named constants that fold to powers of two (enum, #define, static const): no bias. */
#include "randomkeys.h"

enum { kBuckets = 64 };
#define SLOTS 1024
static const int kLanes = 8;

typedef struct { int bucket; int slot; int lane; } placement;

placement place(rk_key key) {
    rk_key sub[3];
    rk_split(key, sub, 3);
    placement p;
    p.bucket = (int)(rk_bits32(sub[0]) % kBuckets);
    p.slot = (int)(rk_bits32(sub[1]) % SLOTS);
    p.lane = (int)(rk_bits64(sub[2]) % kLanes);
    return p;
}
