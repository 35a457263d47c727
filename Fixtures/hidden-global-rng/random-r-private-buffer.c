/* glibc's reentrant random_r with a private state buffer: initstate_r, srandom_r and random_r touch only `p`. */
#include <stdint.h>
#include <stdlib.h>

typedef struct {
    struct random_data data;
    char state[64];
} private_random;

void private_random_init(private_random *p, unsigned int seed) {
    p->data.state = NULL;
    initstate_r(seed, p->state, sizeof p->state, &p->data);
    srandom_r(seed, &p->data);
}

int coin(private_random *p) {
    int32_t out = 0;
    random_r(&p->data, &out);
    return out & 1;
}
