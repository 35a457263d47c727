/* A plugin table whose members are named after libc functions: calls through it are not libc's. */
#include <stddef.h>

struct rng_ops {
    void (*srand)(unsigned);
    int (*rand)(void);
    void (*srandom)(unsigned);
};

static unsigned cell = 1;
static void my_seed(unsigned s) { cell = s; }
static int my_next(void) { cell = cell * 69069u + 1u; return (int)(cell >> 1); }

int main(void) {
    struct rng_ops ops = {my_seed, my_next, NULL};
    ops.srand(42);
    return ops.rand() & 1;
}
